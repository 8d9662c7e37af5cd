package ara.application.service.audit;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.scoring.Schemes;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestTokenHash;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The audit repository the use cases see, counting the business events in what is stored: an audit created (guest
 * or user), wizard steps that became complete, an audit that left the draft by submission. Counting at the
 * repository sees exactly the committed changes, whichever use case made them; a change the repository retries is
 * counted once, against the state it finally changed. Thread-safe if the repository is.
 */
public final class MeteredAuditRepository implements AuditRepository {
    private final AuditRepository repository;
    private final QuestionnaireCatalog catalog;
    private final AuditMetrics metrics;

    public MeteredAuditRepository(AuditRepository repository, QuestionnaireCatalog catalog, AuditMetrics metrics) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public Audit create(Audit audit) {
        Audit stored = repository.create(audit);
        metrics.auditStarted(stored.isGuestAudit());
        return stored;
    }

    @Override
    public Audit update(AuditId id, UnaryOperator<Audit> change) {
        AtomicReference<Audit> before = new AtomicReference<>();
        Audit after = repository.update(id, audit -> {
            before.set(audit);
            return change.apply(audit);
        });
        Audit was = before.get();
        if (was != null && was != after) {
            if (was.status() == AuditStatus.DRAFT && after.status() != AuditStatus.DRAFT) {
                metrics.auditSubmitted();
            }
            if (!was.answers().equals(after.answers())) {
                metrics.stepsCompleted(completedSteps(after) - completedSteps(was));
            }
        }
        return after;
    }

    private long completedSteps(Audit audit) {
        return audit.progress(Schemes.of(catalog, audit)).completedStepIds().size();
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        return repository.find(id);
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        return repository.findByGuestToken(token);
    }

    @Override
    public List<Audit> findByOwner(OwnerId owner, int offset, int limit) {
        return repository.findByOwner(owner, offset, limit);
    }

    @Override
    public long countByOwner(OwnerId owner) {
        return repository.countByOwner(owner);
    }
}
