package ara.application.service.storage;

import ara.application.port.in.storage.DeleteObjectUseCase;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.report.ReportAccess;
import ara.domain.identity.Caller;

import java.time.Clock;
import java.util.Objects;

/**
 * Service: deletes an upload for the owner of its audit: the file first, then ARA's record of it (a failure leaves
 * a record that can be deleted again, never a file nobody knows of). Thread-safe.
 */
public final class DeleteObjectService implements DeleteObjectUseCase {
    private final UploadRegistry uploads;
    private final ObjectStorage storage;
    private final IssuedObjects objects;
    private final ReportAccess access;

    public DeleteObjectService(AuditRepository audits, ReportRepository reports, UploadRegistry uploads,
                               ObjectStorage storage, AuditLog log, Clock clock) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"),
                Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(log, "log"),
                Objects.requireNonNull(clock, "clock"));
        this.objects = new IssuedObjects(reports, uploads, access);
    }

    @Override
    public void delete(String key, Caller caller) {
        IssuedObjects.Issued issued = objects.find(key, caller);
        if (issued.report().isPresent()) {
            throw new ReportDocumentNotDeletable(key, issued.report().get().id().toString());
        }
        storage.delete(issued.key());
        uploads.remove(issued.key());
        access.guard().record(caller, "upload.deleted", issued.audit(), AuditEvent.SUCCESS);
    }
}
