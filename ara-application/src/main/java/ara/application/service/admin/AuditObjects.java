package ara.application.service.admin;

import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageFailure;
import ara.application.port.out.storage.UploadRegistry;
import ara.domain.audit.AuditId;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The stored objects that belong to an audit (its reports' documents and its uploads), so that they go with it: the
 * rows go by cascade with the audit, the objects are deleted here. Thread-safe.
 */
public final class AuditObjects {
    private static final System.Logger LOG = System.getLogger(AuditObjects.class.getName());

    private final ReportRepository reports;
    private final UploadRegistry uploads;
    private final ObjectStorage storage;

    public AuditObjects(ReportRepository reports, UploadRegistry uploads, ObjectStorage storage) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** The keys of the audit's objects (read before its rows go). */
    public List<ObjectKey> of(AuditId audit) {
        Set<ObjectKey> keys = new LinkedHashSet<>();
        for (Report report : reports.findByAudit(audit)) {
            report.file().map(ReportFile::key).map(ObjectKey::new).ifPresent(keys::add);
        }
        uploads.findByAudit(audit).stream().map(IssuedUpload::key).forEach(keys::add);
        return List.copyOf(keys);
    }

    /**
     * Deletes the audit's report and upload records (if its store has not already) and the objects; an object that
     * cannot be deleted now is logged and left (the storage's lifecycle rule is the backstop, docs/adr/0014).
     *
     * @return how many were deleted (or already gone)
     */
    public int delete(AuditId audit, List<ObjectKey> keys) {
        // A database removed these rows with the audit (ON DELETE CASCADE); stores without cascades need telling.
        reports.findByAudit(audit).forEach(report -> reports.delete(report.id()));
        uploads.findByAudit(audit).forEach(upload -> uploads.remove(upload.key()));
        int deleted = 0;
        for (ObjectKey key : keys) {
            try {
                storage.delete(key);
                deleted++;
            } catch (StorageFailure | StoreUnavailable e) {
                LOG.log(System.Logger.Level.WARNING, "object " + key + " of deleted audit " + audit
                        + " could not be deleted: " + e.getMessage());
            }
        }
        return deleted;
    }
}
