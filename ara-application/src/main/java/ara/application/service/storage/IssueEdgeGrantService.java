package ara.application.service.storage;

import ara.application.port.in.storage.EdgeGrantView;
import ara.application.port.in.storage.EdgeGrantsDisabled;
import ara.application.port.in.storage.IssueEdgeGrantUseCase.EdgeOperation;
import ara.application.port.in.storage.IssueEdgeGrantUseCase;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.EdgeGrantSigner.EdgeGrant;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.report.ReportAccess;
import ara.domain.identity.Caller;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Service: edge grants for the owner of an audit, decided exactly as ARA's own {@code /r2/*} links are: an upload is
 * recorded for its audit before its grant is signed, a download or delete grant is given only for an object ARA
 * issued (see {@link IssuedObjects}), and a report's document is never deleted this way. A delete at the edge leaves
 * ARA's upload record in place: the object is gone, and the record goes with its audit (whose clean-up deletes the
 * objects of its uploads, a missing one included). Without a signer (no edge worker configured) every request is
 * refused with {@link EdgeGrantsDisabled}, before anything is recorded. Thread-safe.
 */
public final class IssueEdgeGrantService implements IssueEdgeGrantUseCase {
    private final Optional<EdgeGrantSigner> signer;
    private final ReportAccess access;
    private final UploadRecorder recorder;
    private final IssuedObjects objects;

    public IssueEdgeGrantService(AuditRepository audits, ReportRepository reports, UploadRegistry uploads,
                                 Optional<EdgeGrantSigner> signer, UniqueIdGenerator ids, AuditLog log, Clock clock,
                                 AuditAllowances allowances) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"),
                Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(log, "log"),
                Objects.requireNonNull(clock, "clock"));
        this.recorder = new UploadRecorder(access, Objects.requireNonNull(uploads, "uploads"),
                Objects.requireNonNull(ids, "ids"), clock, allowances);
        this.objects = new IssuedObjects(reports, uploads, access);
    }

    @Override
    public EdgeGrantView upload(IssueUploadCommand command) {
        EdgeGrantSigner edge = signer.orElseThrow(EdgeGrantsDisabled::new);
        IssuedUpload upload = recorder.record(command);
        EdgeGrant grant = edge.upload(upload.key(), upload.contentType(), upload.size());
        access.guard().record(command.caller(), "upload.issued", upload.audit(), AuditEvent.SUCCESS);
        return new EdgeGrantView(EdgeOperation.UPLOAD, upload.key().value(), grant.method(), grant.url(),
                grant.expiresAt(), Optional.of(upload.contentType().value()), OptionalLong.of(upload.size()));
    }

    @Override
    public EdgeGrantView access(EdgeOperation operation, String key, Caller caller) {
        EdgeGrantSigner.Action action = switch (Objects.requireNonNull(operation, "operation")) {
            case DOWNLOAD -> EdgeGrantSigner.Action.DOWNLOAD;
            case DELETE -> EdgeGrantSigner.Action.DELETE;
            case UPLOAD -> throw new IllegalArgumentException("an upload grant is issued for an audit, not a key");
        };
        EdgeGrantSigner edge = signer.orElseThrow(EdgeGrantsDisabled::new);
        IssuedObjects.Issued issued = objects.find(key, caller);
        if (operation == EdgeOperation.DELETE) {
            if (issued.report().isPresent()) {
                throw new ReportDocumentNotDeletable(key, issued.report().get().id().toString());
            }
            access.guard().record(caller, "upload.delete-granted", issued.audit(), AuditEvent.SUCCESS);
        }
        EdgeGrant grant = edge.access(action, issued.key());
        return new EdgeGrantView(operation, issued.key().value(), grant.method(), grant.url(), grant.expiresAt(),
                Optional.empty(), OptionalLong.empty());
    }
}
