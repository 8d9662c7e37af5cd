package ara.application.service.account;

import ara.application.port.in.account.DeleteAuditUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.identity.AccessGuard;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;

import java.time.Clock;
import java.util.Objects;

/**
 * Service: erases an audit for its owner or an admin ({@link AuditErasure}), then logs {@code audit.deleted} with the
 * audit's id only. An audit owned by a signed-in user also takes that user's idempotency keys along. Thread-safe.
 */
public final class DeleteAuditService implements DeleteAuditUseCase {
    private final AuditRepository audits;
    private final AuditErasure erasure;
    private final AccessGuard guard;

    public DeleteAuditService(AuditRepository audits, AuditRetention retention, ReportRepository reports,
                              UploadRegistry uploads, ObjectStorage storage, IdempotencyStore idempotencyKeys,
                              AuditLog log, Clock clock) {
        this.audits = Objects.requireNonNull(audits, "audits");
        this.erasure = new AuditErasure(retention, reports, uploads, storage, idempotencyKeys);
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public void delete(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        Audit audit = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        if (!erasure.erase(audit)) {
            throw new AuditNotFound(id);
        }
        audit.owner().ifPresent(owner -> erasure.forgetKeysOf(owner.value()));
        guard.record(caller, "audit.deleted", id, AuditEvent.SUCCESS);
    }
}
