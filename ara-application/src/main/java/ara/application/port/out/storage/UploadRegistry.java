package ara.application.port.out.storage;

import ara.domain.audit.AuditId;

import java.util.List;
import java.util.Optional;

/** Outbound port: remembers the upload links ARA issued (see {@link IssuedUpload}). Thread-safe; atomic methods. */
public interface UploadRegistry {

    /**
     * Records an issued upload.
     *
     * @throws IllegalStateException when its key was recorded before
     */
    void record(IssuedUpload upload);

    Optional<IssuedUpload> find(ObjectKey key);

    /** The uploads issued for an audit (for deleting their objects with the audit), oldest first. */
    List<IssuedUpload> findByAudit(AuditId audit);

    /**
     * Forgets an upload.
     *
     * @return whether it was recorded
     */
    boolean remove(ObjectKey key);
}
