package ara.application.service;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.audit.StartAuditUseCase;
import ara.application.port.out.AuditIdGenerator;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.QuestionnaireCatalog;
import ara.domain.audit.Audit;
import ara.domain.scoring.ScoringScheme;

import java.time.Clock;
import java.util.Objects;

/** Service: starts a draft audit pinned to the current questionnaire version. Thread-safe. */
public final class StartAuditService implements StartAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final AuditIdGenerator ids;
    private final Clock clock;

    public StartAuditService(QuestionnaireCatalog catalog, AuditRepository audits, AuditIdGenerator ids, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditView start(StartAuditCommand command) {
        ScoringScheme scheme = Schemes.current(catalog,
                command.questionnaireId().orElseGet(catalog::defaultQuestionnaire));
        Audit audit = Audit.start(ids.next(), scheme, command.organizationName(), command.owner(), clock.instant());
        audits.create(audit);
        return AuditViews.of(audit, scheme);
    }
}
