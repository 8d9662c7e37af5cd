package ara.application.service.audit;

import ara.application.port.in.audit.SubmitAuditCommand;
import ara.application.port.in.audit.SubmitAuditUseCase;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.result.AuditResult;

import java.time.Clock;
import java.util.Objects;

/**
 * Service: submits and scores an audit; the status change and the result are stored together. Guest audits meet
 * the configured {@link GuestSubmitPolicy} first. Thread-safe.
 */
public final class SubmitAuditService implements SubmitAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final AccessGuard guard;
    private final AuditAllowances allowances;
    private final Clock clock;

    public SubmitAuditService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                              AuditLog log, Clock clock, AuditAllowances allowances) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), clock);
        this.allowances = Objects.requireNonNull(allowances, "allowances");
    }

    @Override
    public AuditResult submit(SubmitAuditCommand command) {
        guard.requireIdentity(command.caller(), command.audit());
        Audit scored = audits.update(command.audit(), audit -> allowances.spend(Scope.SUBMIT_PER_AUDIT,
                        guard.check(audit, command.caller()))
                .expectVersion(command.expectedVersion())
                .submit(Schemes.of(catalog, audit), guestPolicy, clock.instant()));
        guard.record(command.caller(), "audit.submitted", command.audit(), AuditEvent.SUCCESS);
        return scored.result().orElseThrow(() -> new IllegalStateException("submitted audit " + command.audit()
                + " has no result"));
    }
}
