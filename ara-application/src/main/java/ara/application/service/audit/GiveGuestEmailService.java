package ara.application.service.audit;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.audit.GiveGuestEmailUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestSubmitPolicy;

import java.time.Clock;
import java.util.Objects;

/** Service: records the email a guest gives for their audit. Thread-safe. */
public final class GiveGuestEmailService implements GiveGuestEmailUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AccessGuard guard;
    private final Clock clock;

    public GiveGuestEmailService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                                 AuditLog log, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public AuditView giveEmail(GiveGuestEmailCommand command) {
        guard.requireIdentity(command.caller(), command.audit());
        Audit saved = audits.update(command.audit(), audit -> guard.check(audit, command.caller())
                .withGuestEmail(command.email(), clock.instant()));
        guard.record(command.caller(), "audit.guest_email", command.audit(), AuditEvent.SUCCESS);
        return AuditViews.of(saved, Schemes.of(catalog, saved), guestPolicy);
    }
}
