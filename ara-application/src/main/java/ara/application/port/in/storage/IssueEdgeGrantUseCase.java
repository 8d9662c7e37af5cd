package ara.application.port.in.storage;

import ara.domain.identity.Caller;

/**
 * Inbound port: short-lived grants with which the edge worker lets an audit's owner upload, download or delete one
 * of the audit's objects without passing the bytes through ARA. ARA decides who may have a grant exactly as for its
 * own {@code /r2/*} links.
 */
public interface IssueEdgeGrantUseCase {
    /** What an edge grant lets its holder do with one object at the edge worker's {@code /r2/*} routes. */
    enum EdgeOperation {
        UPLOAD, DOWNLOAD, DELETE
    }

    /**
     * A grant to upload one file to the audit: a fresh key, recorded as an upload of the audit like
     * {@link IssueUploadUseCase#issue}, the type and size signed into the grant.
     *
     * @throws ara.domain.audit.AuditNotFound when there is no such audit (or the caller may not see it)
     * @throws EdgeGrantsDisabled             when no edge worker is configured
     */
    EdgeGrantView upload(IssueUploadCommand command);

    /**
     * A grant to download ({@link EdgeOperation#DOWNLOAD}) or delete ({@link EdgeOperation#DELETE}) an object ARA
     * issued, for the owner of its audit. A report's document can be downloaded but not deleted this way.
     *
     * @throws IllegalArgumentException     for {@link EdgeOperation#UPLOAD}
     * @throws ObjectNotFound               when ARA issued no such object or the caller may not see it
     * @throws ReportDocumentNotDeletable   when a delete grant is asked for a report's document
     * @throws EdgeGrantsDisabled           when no edge worker is configured
     */
    EdgeGrantView access(EdgeOperation operation, String key, Caller caller);
}
