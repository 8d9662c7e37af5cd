package ara.application.service.audit;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.ClaimAuditUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Access;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.UserIdentity;

import java.time.Clock;
import java.util.Objects;

/**
 * Service: a signed-in user presenting a guest audit's token takes the audit over; the token stops working. The
 * user's other audits are untouched (a claimed draft simply joins their list). Thread-safe.
 */
public final class ClaimAuditService implements ClaimAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AccessGuard guard;
    private final Clock clock;

    public ClaimAuditService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                             AuditLog log, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public AuditView claim(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        UserIdentity user = caller.signedIn().orElseThrow(() -> new AuthenticationRequired("claiming audit " + id));
        // Only the token proves the claim: an admin or the owner without the token cannot claim a guest audit.
        Caller tokenHolder = Caller.guest(caller.guest().orElse(null)).from(caller.requestId(), caller.clientIp());
        Audit claimed = audits.update(id, audit -> {
            if (!audit.isGuestAudit() || caller.guest().isEmpty() || guardDenies(audit, tokenHolder)) {
                guard.record(caller, "audit.claim", id, AuditEvent.DENIED);
                throw new AuditNotFound(id);
            }
            return audit.claim(user, clock.instant());
        });
        guard.record(caller, "audit.claimed", id, AuditEvent.SUCCESS);
        return AuditViews.of(claimed, Schemes.of(catalog, claimed), guestPolicy);
    }

    private static boolean guardDenies(Audit audit, Caller tokenHolder) {
        return audit.accessFor(tokenHolder) != Access.ALLOWED;
    }
}
