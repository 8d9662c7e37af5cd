package ara.application.service.storage;

import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.IssueUploadUseCase;
import ara.application.port.in.storage.UploadLinkView;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.report.ReportAccess;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Service: issues an upload link to an audit's owner: a fresh key {@code uploads/{auditId}/{uuid}}, recorded (so
 * that ARA knows it issued it, and for which audit) before the link is signed for exactly the declared type and
 * length. Thread-safe.
 */
public final class IssueUploadService implements IssueUploadUseCase {
    /** How long an upload link works. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    private final ObjectStorage storage;
    private final ReportAccess access;
    private final UploadRecorder recorder;

    public IssueUploadService(AuditRepository audits, ReportRepository reports, UploadRegistry uploads,
                              ObjectStorage storage, UniqueIdGenerator ids, AuditLog log, Clock clock,
                              AuditAllowances allowances) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"),
                Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(log, "log"),
                Objects.requireNonNull(clock, "clock"));
        this.recorder = new UploadRecorder(access, Objects.requireNonNull(uploads, "uploads"),
                Objects.requireNonNull(ids, "ids"), clock, allowances);
    }

    @Override
    public UploadLinkView issue(IssueUploadCommand command) {
        IssuedUpload upload = recorder.record(command);
        URI url = storage.presignPut(upload.key(), upload.contentType(), upload.size(), VALIDITY);
        access.guard().record(command.caller(), "upload.issued", upload.audit(), AuditEvent.SUCCESS);
        return new UploadLinkView(upload.key().value(), url, upload.contentType().value(), upload.size(),
                upload.issuedAt().plus(VALIDITY));
    }
}
