package ara.application.service.audit;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.SaveAnswersUseCase;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.limit.AuditAllowances;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestSubmitPolicy;

import java.time.Clock;
import java.util.Objects;

/** Service: saves many answers at once, all or none, under the audit's lock. Thread-safe. */
public final class SaveAnswersService implements SaveAnswersUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final Clock clock;
    private final AccessGuard guard;
    private final AuditAllowances allowances;

    public SaveAnswersService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                              AuditLog log, Clock clock, AuditAllowances allowances) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), clock);
        this.allowances = Objects.requireNonNull(allowances, "allowances");
    }

    @Override
    public AuditView saveAll(SaveAnswersCommand command) {
        guard.requireIdentity(command.caller(), command.audit());
        Audit saved = audits.update(command.audit(), audit -> allowances.spend(Scope.ANSWER_WRITES_PER_AUDIT,
                        guard.check(audit, command.caller()))
                .expectVersion(command.expectedVersion())
                .answerAll(Schemes.of(catalog, audit), command.answers(), clock.instant()));
        return AuditViews.of(saved, Schemes.of(catalog, saved), guestPolicy);
    }
}
