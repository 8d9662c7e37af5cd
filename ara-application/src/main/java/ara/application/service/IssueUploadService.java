package ara.application.service;

import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.IssueUploadUseCase;
import ara.application.port.in.storage.UploadLinkView;
import ara.application.port.out.AuditEvent;
import ara.application.port.out.AuditLog;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.ContentType;
import ara.application.port.out.IssuedUpload;
import ara.application.port.out.ObjectKey;
import ara.application.port.out.ReportRepository;
import ara.application.port.out.ReportStorage;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.UploadRegistry;
import ara.domain.audit.Audit;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Service: issues an upload link to an audit's owner: a fresh key {@code uploads/{auditId}/{uuid}}, recorded (so
 * that ARA knows it issued it, and for which audit) before the link is signed for exactly the declared type and
 * length. Thread-safe.
 */
public final class IssueUploadService implements IssueUploadUseCase {
    /** How long an upload link works. */
    public static final Duration VALIDITY = Duration.ofMinutes(15);

    private final UploadRegistry uploads;
    private final ReportStorage storage;
    private final UniqueIdGenerator ids;
    private final ReportAccess access;
    private final Clock clock;

    public IssueUploadService(AuditRepository audits, ReportRepository reports, UploadRegistry uploads,
                              ReportStorage storage, UniqueIdGenerator ids, AuditLog log, Clock clock) {
        this.uploads = Objects.requireNonNull(uploads, "uploads");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"),
                Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public UploadLinkView issue(IssueUploadCommand command) {
        Audit audit = access.audit(command.audit(), command.caller());
        ObjectKey key = ObjectKey.upload(audit.id(), ids.next());
        ContentType type = new ContentType(command.contentType());
        Instant now = clock.instant();
        uploads.record(new IssuedUpload(key, audit.id(), type, command.size(), now));
        URI url = storage.presignPut(key, type, command.size(), VALIDITY);
        access.guard().record(command.caller(), "upload.issued", audit.id(), AuditEvent.SUCCESS);
        return new UploadLinkView(key.value(), url, type.value(), command.size(), now.plus(VALIDITY));
    }
}
