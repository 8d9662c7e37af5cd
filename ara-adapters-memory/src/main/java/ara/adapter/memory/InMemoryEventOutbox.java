package ara.adapter.memory;

import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.outbox.OutboxBacklog;
import ara.application.port.out.outbox.PendingEvent;
import ara.domain.audit.AuditId;
import ara.domain.event.DomainEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * In-memory adapter: the outbox's events and delivery attempts in maps, lost when the process ends. The in-memory
 * repositories append to it while they hold their own lock, before their change becomes visible, and an append
 * either takes every event or none (a duplicate id refuses them all), so here too an event exists if and only if
 * its change was stored. Thread-safe: one lock guards everything, so a claim is atomic and two claimers never get
 * the same event while its lease runs.
 */
public final class InMemoryEventOutbox implements EventOutbox {
    private static final Comparator<Entry> LONGEST_DUE = Comparator.comparing(Entry::dueAt)
            .thenComparing(entry -> entry.event().id());

    private enum Status { PENDING, DELIVERED, GAVE_UP }

    /** One event's delivery state; {@code dueAt} is null once the event is finished. */
    private record Entry(DomainEvent event, Status status, int attempts, Instant dueAt, String holder,
                         Instant leaseUntil) {
        Entry leased(String by, Instant until) {
            return new Entry(event, status, attempts + 1, until, by, until);
        }

        Entry finished(Status finalStatus) {
            return new Entry(event, finalStatus, attempts, null, null, null);
        }

        Entry dueAgain(Instant at) {
            return new Entry(event, status, attempts, at, null, null);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<UUID, Entry> entries = new LinkedHashMap<>();
    private final Map<UUID, List<DeliveryAttempt>> attempts = new HashMap<>();
    /** Every attempt in the order recorded (the deliveries of a channel, newest first, read it backwards). */
    private final List<DeliveryAttempt> recorded = new ArrayList<>();

    /**
     * Adds the events of one stored change, all or none.
     *
     * @throws IllegalStateException when an event with one of these ids exists (nothing is added)
     */
    void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        locked(() -> {
            for (DomainEvent event : events) {
                if (entries.containsKey(event.id())) {
                    throw new IllegalStateException("event " + event.id() + " already exists");
                }
            }
            events.forEach(event -> entries.put(event.id(), new Entry(event, Status.PENDING, 0,
                    event.occurredAt(), null, null)));
            return null;
        });
    }

    /** Removes every event about the audit with its attempts (the audit was erased). */
    void deleteAudit(AuditId audit) {
        locked(() -> {
            List<UUID> gone = entries.values().stream().filter(entry -> entry.event().audit().equals(audit))
                    .map(entry -> entry.event().id()).toList();
            gone.forEach(id -> {
                entries.remove(id);
                attempts.remove(id);
            });
            return null;
        });
    }

    /** The events stored, oldest first: what the contract tests and the memory mode inspect. */
    List<DomainEvent> events() {
        return locked(() -> entries.values().stream().map(Entry::event).toList());
    }

    @Override
    public List<PendingEvent> claim(Instant now, int limit, String holder, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(holder, "holder");
        Instant until = now.plus(Objects.requireNonNull(lease, "lease"));
        return locked(() -> {
            List<Entry> due = entries.values().stream()
                    .filter(entry -> entry.dueAt() != null && !entry.dueAt().isAfter(now))
                    .sorted(LONGEST_DUE).limit(limit).toList();
            List<PendingEvent> claimed = new ArrayList<>(due.size());
            for (Entry entry : due) {
                Entry leased = entry.leased(holder, until);
                entries.put(entry.event().id(), leased);
                claimed.add(new PendingEvent(leased.event(), leased.attempts(), deliveredChannels(entry.event().id()),
                        holder, until));
            }
            return claimed;
        });
    }

    private Set<String> deliveredChannels(UUID event) {
        return attempts.getOrDefault(event, List.of()).stream()
                .filter(attempt -> attempt.outcome() == DeliveryAttempt.Outcome.DELIVERED)
                .map(DeliveryAttempt::channel).collect(Collectors.toSet());
    }

    @Override
    public void recordAttempt(DeliveryAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        locked(() -> {
            if (!entries.containsKey(attempt.event())) {
                throw new IllegalStateException("no event " + attempt.event());
            }
            attempts.computeIfAbsent(attempt.event(), id -> new ArrayList<>()).add(attempt);
            recorded.add(attempt);
            return null;
        });
    }

    @Override
    public List<DeliveryAttempt> attempts(UUID event) {
        return locked(() -> List.copyOf(attempts.getOrDefault(event, List.of())));
    }

    @Override
    public Optional<DomainEvent> find(UUID event) {
        return locked(() -> Optional.ofNullable(entries.get(event)).map(Entry::event));
    }

    @Override
    public List<DeliveryAttempt> attemptsOf(String channel, int offset, int limit) {
        Objects.requireNonNull(channel, "channel");
        return locked(() -> {
            List<DeliveryAttempt> ofChannel = new ArrayList<>();
            for (DeliveryAttempt attempt : recorded) {
                if (attempt.channel().equals(channel)) {
                    ofChannel.add(attempt);
                }
            }
            return ofChannel.reversed().stream().skip(offset).limit(limit).toList();
        });
    }

    @Override
    public boolean delivered(UUID event, String holder, Instant now) {
        return finish(event, holder, entry -> entry.finished(Status.DELIVERED));
    }

    @Override
    public boolean retryAt(UUID event, String holder, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        return finish(event, holder, entry -> entry.dueAgain(nextAttemptAt));
    }

    @Override
    public boolean giveUp(UUID event, String holder, Instant now, String error) {
        return finish(event, holder, entry -> entry.finished(Status.GAVE_UP));
    }

    private boolean finish(UUID event, String holder, UnaryOperator<Entry> change) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(holder, "holder");
        return locked(() -> {
            Entry entry = entries.get(event);
            if (entry == null || entry.status() != Status.PENDING || !holder.equals(entry.holder())) {
                return false;
            }
            entries.put(event, change.apply(entry));
            return true;
        });
    }

    @Override
    public OutboxBacklog backlog() {
        return locked(() -> {
            List<Instant> pending = entries.values().stream().filter(entry -> entry.status() == Status.PENDING)
                    .map(entry -> entry.event().occurredAt()).toList();
            return new OutboxBacklog(pending.size(), pending.stream().min(Comparator.naturalOrder()));
        });
    }

    @Override
    public long countOccurredBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return locked(() -> entries.values().stream().filter(entry -> entry.event().occurredAt().isBefore(cutoff))
                .count());
    }

    @Override
    public int deleteOccurredBefore(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        return locked(() -> {
            List<UUID> old = entries.values().stream().map(Entry::event)
                    .filter(event -> event.occurredAt().isBefore(cutoff)).limit(limit).map(DomainEvent::id).toList();
            old.forEach(id -> {
                entries.remove(id);
                attempts.remove(id);
            });
            Set<UUID> removed = Set.copyOf(old);
            recorded.removeIf(attempt -> removed.contains(attempt.event()));
            return old.size();
        });
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
