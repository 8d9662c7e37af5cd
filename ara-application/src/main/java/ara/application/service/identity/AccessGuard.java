package ara.application.service.identity;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The one place where the access rule is enforced for audits: anonymous callers are asked to authenticate before
 * anything is looked up (so they learn nothing about which ids exist); a caller who is not the owner (nor an admin)
 * is told the audit does not exist, and the attempt is logged. Thread-safe.
 */
public final class AccessGuard {
    private final AuditLog log;
    private final Clock clock;

    public AccessGuard(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /** Before any look-up. */
    public void requireIdentity(Caller caller, AuditId id) {
        if (caller.isAnonymous()) {
            throw new AuthenticationRequired("audit " + id);
        }
    }

    /** After the look-up: the audit itself, or an {@link AuditNotFound} for anyone but its owner or an admin. */
    public Audit check(Audit audit, Caller caller) {
        return check(audit, caller, () -> new AuditNotFound(audit.id()));
    }

    /**
     * After the look-up of something the audit owns (a report, an upload): the audit itself, or the thing's own
     * "not found" for anyone but the audit's owner or an admin.
     */
    public Audit check(Audit audit, Caller caller, Supplier<? extends RuntimeException> notFound) {
        return switch (audit.accessFor(caller)) {
            case ALLOWED -> audit;
            case UNAUTHENTICATED -> throw new AuthenticationRequired("audit " + audit.id());
            case DENIED -> {
                record(caller, "access.denied", audit.id(), AuditEvent.DENIED);
                throw notFound.get();
            }
        };
    }

    public void record(Caller caller, String action, AuditId target, String outcome) {
        log.record(new AuditEvent(clock.instant(), caller.actor(), action, target == null ? null : "audit:" + target,
                outcome, caller.requestId(), caller.clientIp()));
    }
}
