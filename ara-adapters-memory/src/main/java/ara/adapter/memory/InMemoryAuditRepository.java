package ara.adapter.memory;

import ara.application.port.out.audit.AuditChanges;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.GuestRetention;
import ara.domain.audit.OwnerId;
import ara.domain.event.AuditEvents;
import ara.domain.identity.GuestTokenHash;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Persistence adapter: audits in a map, lost when the process ends. Thread-safe: audits are immutable and an update
 * runs its change inside {@link ConcurrentMap#computeIfPresent}, so changes of one audit are serialised and atomic.
 * A change must therefore not call back into this repository. Also serves retention and statistics over the same
 * map (an expired audit is removed only if still expired, by {@link ConcurrentMap#remove(Object, Object)}); like the
 * database's {@code ON DELETE CASCADE}, an audit the retention deletes takes its chat messages along (in the
 * {@link InMemoryChatRepository} given), right after it left the map. The events of each stored change (see
 * {@link AuditEvents}) go to the {@link InMemoryEventOutbox} given, within the same atomic step.
 */
public final class InMemoryAuditRepository implements AuditRepository, AuditRetention, AuditStatistics {
    private static final Comparator<Audit> NEWEST_FIRST = Comparator.comparing(Audit::createdAt).reversed()
            .thenComparing(audit -> audit.id().toString());

    private final ConcurrentMap<AuditId, Audit> audits = new ConcurrentHashMap<>();
    private final InMemoryChatRepository chats;
    private final InMemoryEventOutbox outbox;

    /** Audits without chat messages (their chat store is its own, which nothing else writes). */
    public InMemoryAuditRepository() {
        this(new InMemoryChatRepository());
    }

    /** @param chats where these audits' chat messages are kept: a deleted audit's messages go with it */
    public InMemoryAuditRepository(InMemoryChatRepository chats) {
        this(chats, new InMemoryEventOutbox());
    }

    /**
     * @param chats  where these audits' chat messages are kept: a deleted audit's messages go with it
     * @param outbox where the events of each stored change go, under the same atomic step as the change
     */
    public InMemoryAuditRepository(InMemoryChatRepository chats, InMemoryEventOutbox outbox) {
        this.chats = Objects.requireNonNull(chats, "chats");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public Audit create(Audit audit) {
        Audit stored = AuditChanges.storable(audit);
        // The events go in before the audit becomes visible; an append that fails leaves the map as it was.
        audits.compute(stored.id(), (id, existing) -> {
            if (existing != null) {
                throw new IllegalStateException("audit " + stored.id() + " already exists");
            }
            outbox.append(AuditEvents.created(stored));
            return stored;
        });
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
                (key, current) -> {
                    Audit changed = AuditChanges.apply(current, change);
                    outbox.append(AuditEvents.changed(current, changed));
                    return changed;
                });
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

    @Override
    public List<AuditId> expiredGuestAudits(GuestRetention rule, Instant now, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        return audits.values().stream().filter(audit -> rule.expired(audit, now))
                .sorted(Comparator.comparing(Audit::updatedAt).thenComparing(audit -> audit.id().toString()))
                .limit(limit).map(Audit::id).toList();
    }

    @Override
    public boolean deleteIfExpired(AuditId id, GuestRetention rule, Instant now) {
        Audit current = audits.get(Objects.requireNonNull(id, "id"));
        if (current == null || !rule.expired(current, now) || !audits.remove(id, current)) {
            return false;
        }
        chats.deleteAudit(id);
        return true;
    }

    @Override
    public boolean delete(AuditId id) {
        Audit removed = audits.remove(Objects.requireNonNull(id, "id"));
        chats.deleteAudit(id);
        outbox.deleteAudit(id);
        return removed != null;
    }

    @Override
    public Map<AuditStatus, Long> countByStatus() {
        return audits.values().stream().collect(Collectors.groupingBy(Audit::status, Collectors.counting()));
    }

    @Override
    public long guestAudits() {
        return audits.values().stream().filter(audit -> audit.owner().isEmpty()).count();
    }
}
