package ara.application.service.account;

import ara.application.port.in.account.RetakeAuditUseCase;
import ara.application.port.in.account.RetakenAuditView;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.audit.AuditIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.audit.AuditViews;
import ara.application.service.identity.AccessGuard;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.history.RetakePlan;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.identity.GuestToken;
import ara.domain.scoring.ScoringScheme;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Service: retakes an audit for its owner: a new draft of the same questionnaire's current version, owned like the
 * earlier one (a guest's retake is a new guest audit with a token of its own), with the earlier answers the
 * {@link RetakePlan} carries. Logged as {@code audit.created} for the new audit. Thread-safe.
 */
public final class RetakeAuditService implements RetakeAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AuditIdGenerator ids;
    private final SecretGenerator secrets;
    private final AccessGuard guard;
    private final Clock clock;

    public RetakeAuditService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
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
    public RetakenAuditView retake(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        Audit earlier = guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
        if (!Owners.owns(caller, earlier)) {
            throw new AuditNotFound(id);
        }
        ScoringScheme scheme = Schemes.current(catalog, earlier.questionnaire());
        RetakePlan plan = RetakePlan.of(Schemes.of(catalog, earlier).definition(), earlier.answers(),
                scheme.definition());
        Instant now = clock.instant();
        GuestToken token = earlier.owner().isPresent() ? null
                : GuestToken.fromRandomBytes(secrets.randomBytes(GuestToken.RANDOM_BYTES));
        String name = earlier.organizationName().orElse(null);
        Audit retake = token == null ? Audit.start(ids.next(), scheme, name, earlier.owner().orElseThrow(), now)
                : Audit.startForGuest(ids.next(), scheme, name, token.hash(), now);
        retake = audits.create(plan.carried().isEmpty() ? retake : retake.answerAll(scheme, plan.carried(), now));
        guard.record(caller, "audit.created", retake.id(), AuditEvent.SUCCESS);
        return new RetakenAuditView(new StartedAuditView(AuditViews.of(retake, scheme, guestPolicy), token),
                plan.leftEmpty(), plan.notCarried());
    }
}
