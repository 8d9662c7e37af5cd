package ara.adapter.persistence.memory;

import ara.adapter.persistence.AuditChanges;
import ara.application.port.out.AuditRepository;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestTokenHash;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * Persistence adapter: audits in a map, lost when the process ends. Thread-safe: audits are immutable and an update
 * runs its change inside {@link ConcurrentMap#computeIfPresent}, so changes of one audit are serialised and atomic.
 * A change must therefore not call back into this repository.
 */
public final class InMemoryAuditRepository implements AuditRepository {
    private static final Comparator<Audit> NEWEST_FIRST = Comparator.comparing(Audit::createdAt).reversed()
            .thenComparing(audit -> audit.id().toString());

    private final ConcurrentMap<AuditId, Audit> audits = new ConcurrentHashMap<>();

    @Override
    public Audit create(Audit audit) {
        Audit stored = AuditChanges.storable(audit);
        if (audits.putIfAbsent(stored.id(), stored) != null) {
            throw new IllegalStateException("audit " + stored.id() + " already exists");
        }
        return stored;
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        return Optional.ofNullable(audits.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Audit update(AuditId id, UnaryOperator<Audit> change) {
        Objects.requireNonNull(change, "change");
        Audit stored = audits.computeIfPresent(Objects.requireNonNull(id, "id"),
                (key, current) -> AuditChanges.apply(current, change));
        if (stored == null) {
            throw new AuditNotFound(id);
        }
        return stored;
    }

    @Override
    public List<Audit> findByOwner(OwnerId owner, int offset, int limit) {
        Objects.requireNonNull(owner, "owner");
        AuditChanges.checkPage(offset, limit);
        return audits.values().stream().filter(audit -> audit.owner().filter(owner::equals).isPresent())
                .sorted(NEWEST_FIRST).skip(offset).limit(limit).toList();
    }

    @Override
    public long countByOwner(OwnerId owner) {
        Objects.requireNonNull(owner, "owner");
        return audits.values().stream().filter(audit -> audit.owner().filter(owner::equals).isPresent()).count();
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        Objects.requireNonNull(token, "token");
        return audits.values().stream().filter(audit -> audit.guestToken().filter(token::matches).isPresent())
                .findFirst();
    }
}
