package ara.application.service.audit;

import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartAuditUseCase;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.audit.AuditIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.identity.UserIdentity;
import ara.domain.scoring.ScoringScheme;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Service: starts a draft audit pinned to the current questionnaire version. A signed-in user owns it; anyone else
 * gets a guest audit and its token, once. Thread-safe.
 */
public final class StartAuditService implements StartAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AuditIdGenerator ids;
    private final SecretGenerator secrets;
    private final AccessGuard guard;
    private final Clock clock;

    public StartAuditService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                             AuditIdGenerator ids, SecretGenerator secrets, AuditLog log, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public StartedAuditView start(StartAuditCommand command) {
        ScoringScheme scheme = Schemes.current(catalog,
                command.questionnaireId().orElseGet(catalog::defaultQuestionnaire));
        Optional<UserIdentity> user = command.caller().signedIn();
        GuestToken token = user.isPresent() ? null
                : GuestToken.fromRandomBytes(secrets.randomBytes(GuestToken.RANDOM_BYTES));
        Audit audit = user.isPresent()
                ? Audit.start(ids.next(), scheme, command.organizationName(), OwnerId.of(user.get()), clock.instant())
                : Audit.startForGuest(ids.next(), scheme, command.organizationName(), token.hash(), clock.instant());
        audits.create(audit);
        guard.record(command.caller(), "audit.created", audit.id(), AuditEvent.SUCCESS);
        return new StartedAuditView(AuditViews.of(audit, scheme, guestPolicy), token);
    }
}
