package ara.application.service;

import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.ClearAnswerCommand;
import ara.application.port.in.audit.ClearAnswerUseCase;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.QuestionnaireCatalog;
import ara.domain.audit.Audit;

import java.time.Clock;
import java.util.Objects;

/** Service: clears one answer under the audit's lock. Thread-safe. */
public final class ClearAnswerService implements ClearAnswerUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final Clock clock;

    public ClearAnswerService(QuestionnaireCatalog catalog, AuditRepository audits, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditView clear(ClearAnswerCommand command) {
        Audit saved = audits.update(command.audit(), audit -> audit.expectVersion(command.expectedVersion())
                .clear(Schemes.of(catalog, audit), command.question(), clock.instant()));
        return AuditViews.of(saved, Schemes.of(catalog, saved));
    }
}
