package ara.application.service.storage;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.report.ReportAccess;
import ara.domain.audit.Audit;

import java.time.Clock;
import java.util.Objects;

/**
 * Records an upload for the owner of its audit under a fresh key {@code uploads/{auditId}/{uuid}}, before any link
 * or grant for it is signed, so that ARA knows it issued the key and for which audit. Thread-safe.
 */
final class UploadRecorder {
    private final ReportAccess access;
    private final UploadRegistry uploads;
    private final UniqueIdGenerator ids;
    private final Clock clock;
    private final AuditAllowances allowances;

    UploadRecorder(ReportAccess access, UploadRegistry uploads, UniqueIdGenerator ids, Clock clock,
                   AuditAllowances allowances) {
        this.access = access;
        this.uploads = uploads;
        this.ids = ids;
        this.clock = clock;
        this.allowances = Objects.requireNonNull(allowances, "allowances");
    }

    /** @throws ara.domain.audit.AuditNotFound when there is no such audit (or the caller may not see it) */
    IssuedUpload record(IssueUploadCommand command) {
        Audit audit = allowances.spend(Scope.UPLOADS_PER_AUDIT, access.audit(command.audit(), command.caller()));
        IssuedUpload upload = new IssuedUpload(ObjectKey.upload(audit.id(), ids.next()), audit.id(),
                new ContentType(command.contentType()), command.size(), clock.instant());
        uploads.record(upload);
        return upload;
    }
}
