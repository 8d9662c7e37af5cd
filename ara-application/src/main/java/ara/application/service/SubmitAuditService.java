package ara.application.service;

import ara.application.port.in.audit.SubmitAuditUseCase;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.QuestionnaireCatalog;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.result.AuditResult;

import java.time.Clock;
import java.util.Objects;

/** Service: submits and scores an audit; the status change and the result are stored together. Thread-safe. */
public final class SubmitAuditService implements SubmitAuditUseCase {
    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final Clock clock;

    public SubmitAuditService(QuestionnaireCatalog catalog, AuditRepository audits, Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditResult submit(AuditId id) {
        Audit scored = audits.update(id, audit -> audit.submit(Schemes.of(catalog, audit), clock.instant()));
        return scored.result().orElseThrow(() -> new IllegalStateException("submitted audit " + id
                + " has no result"));
    }
}
