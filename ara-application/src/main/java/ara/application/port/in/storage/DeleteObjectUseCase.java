package ara.application.port.in.storage;

import ara.domain.identity.Caller;

/**
 * Inbound port: deletes an upload (the file and ARA's record of it), for the owner of its audit. A report's
 * document is deleted with its report instead.
 */
public interface DeleteObjectUseCase {
    /**
     * @throws ObjectNotFound            when ARA issued no such object, or the caller may not see it
     * @throws ReportDocumentNotDeletable when the key names a report's document
     */
    void delete(String key, Caller caller);
}
