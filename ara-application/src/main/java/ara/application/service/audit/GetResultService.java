package ara.application.service.audit;

import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.audit.GetResultUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.service.identity.AccessGuard;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.result.AuditResult;

import java.time.Clock;
import java.util.Objects;

/** Service: reads the stored result of a scored audit, for its owner or an admin. Thread-safe. */
public final class GetResultService implements GetResultUseCase {
    private final AuditRepository audits;
    private final AccessGuard guard;

    public GetResultService(AuditRepository audits, AuditLog log, Clock clock) {
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public AuditResult result(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        Audit audit = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        return audit.result().orElseThrow(() -> new AuditNotScored(id, audit.status()));
    }
}
