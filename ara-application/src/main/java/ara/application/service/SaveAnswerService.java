package ara.application.service;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.audit.SaveAnswerUseCase;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.QuestionnaireCatalog;
import ara.domain.audit.Audit;

import java.time.Clock;
import java.util.Objects;

/** Service: autosaves one answer under the audit's lock. Thread-safe. */
public final class SaveAnswerService implements SaveAnswerUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final Clock clock;

    public SaveAnswerService(QuestionnaireCatalog catalog, AuditRepository audits, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditView save(SaveAnswerCommand command) {
        Audit saved = audits.update(command.audit(), audit -> audit.expectVersion(command.expectedVersion())
                .answer(Schemes.of(catalog, audit), command.question(), command.value(), clock.instant()));
        return AuditViews.of(saved, Schemes.of(catalog, saved));
    }
}
