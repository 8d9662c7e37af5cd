package ara.adapter.persistence.jdbi;

import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.outbox.OutboxBacklog;
import ara.application.port.out.outbox.PendingEvent;
import ara.application.port.out.outbox.Settlement;
import ara.domain.event.DomainEvent;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Persistence adapter: the outbox's dispatcher side in MySQL, MariaDB or H2 (MySQL mode) through JDBI. The events
 * themselves are inserted by {@link JdbiAuditRepository} and {@link JdbiReportRepository} inside the transactions of
 * the changes they report. A claim reads the ids of the events due longest from the {@code due_at} index, then locks
 * each candidate by primary key with {@code FOR UPDATE SKIP LOCKED} and leases it (the lease end becomes its due
 * time), all in one {@code READ COMMITTED} transaction: concurrent claimers in any number of processes never get the
 * same event and never wait for each other. Finishing an event is a conditional update on its holder; a dispatcher's
 * round is settled in one transaction. Thread-safe.
 */
public final class JdbiEventOutbox implements EventOutbox {
    /** How many due events a claim looks at beyond its limit (the rest may be held by other claimers). */
    private static final int SPARE_CANDIDATES = 16;

    private final Jdbi jdbi;

    public JdbiEventOutbox(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public List<PendingEvent> claim(Instant now, int limit, String holder, Duration lease) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(holder, "holder");
        Instant until = now.plus(Objects.requireNonNull(lease, "lease"));
        return write("claim due events", handle -> {
            List<PendingEvent> claimed = new ArrayList<>();
            for (UUID candidate : OutboxTables.selectDue(handle, now, limit + SPARE_CANDIDATES)) {
                if (claimed.size() == limit) {
                    break;
                }
                Optional<DomainEvent> due = OutboxTables.lockIfDue(handle, candidate, now);
                if (due.isPresent()) {
                    int attempts = OutboxTables.lease(handle, candidate, holder, until);
                    claimed.add(new PendingEvent(due.get(), attempts,
                            OutboxTables.deliveredChannels(handle, candidate), holder, until));
                }
            }
            return claimed;
        });
    }

    @Override
    public void recordAttempt(DeliveryAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        write("record a delivery attempt of event " + attempt.event(), handle -> {
            OutboxTables.insertAttempt(handle, attempt);
            return null;
        });
    }

    @Override
    public List<DeliveryAttempt> attempts(UUID event) {
        Objects.requireNonNull(event, "event");
        return read("list the delivery attempts of event " + event,
                handle -> OutboxTables.selectAttempts(handle, event));
    }

    @Override
    public Optional<DomainEvent> find(UUID event) {
        Objects.requireNonNull(event, "event");
        return read("find event " + event, handle -> OutboxTables.selectEvent(handle, event));
    }

    @Override
    public List<DeliveryAttempt> attemptsOf(String channel, int offset, int limit) {
        Objects.requireNonNull(channel, "channel");
        return read("list the delivery attempts of channel " + channel,
                handle -> OutboxTables.selectAttemptsOf(handle, channel, offset, limit));
    }

    @Override
    public boolean delivered(UUID event, String holder, Instant now) {
        return finish(event, holder, OutboxTables.DELIVERED, null, now, null);
    }

    @Override
    public boolean retryAt(UUID event, String holder, Instant nextAttemptAt, String error) {
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        return finish(event, holder, OutboxTables.PENDING, nextAttemptAt, null, error);
    }

    @Override
    public boolean giveUp(UUID event, String holder, Instant now, String error) {
        return finish(event, holder, OutboxTables.GAVE_UP, null, now, error);
    }

    private boolean finish(UUID event, String holder, String delivery, Instant dueAt, Instant finishedAt,
                           String error) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(holder, "holder");
        return write("finish event " + event, handle -> finish(handle, event, holder, delivery, dueAt, finishedAt,
                error));
    }

    /** The round's attempts and endings in one transaction: one durable commit per round. */
    @Override
    public Set<UUID> settle(List<Settlement> settlements) {
        Objects.requireNonNull(settlements, "settlements");
        if (settlements.isEmpty()) {
            return Set.of();
        }
        return write("settle " + settlements.size() + " events", handle -> {
            Set<UUID> applied = new HashSet<>();
            for (Settlement settlement : settlements) {
                settlement.attempts().forEach(attempt -> OutboxTables.insertAttempt(handle, attempt));
                String error = settlement.error().orElse(null);
                boolean held = switch (settlement.ending()) {
                    case DELIVERED -> finish(handle, settlement.event(), settlement.holder(),
                            OutboxTables.DELIVERED, null, settlement.at(), null);
                    case RETRY -> finish(handle, settlement.event(), settlement.holder(), OutboxTables.PENDING,
                            settlement.at(), null, error);
                    case GIVE_UP -> finish(handle, settlement.event(), settlement.holder(), OutboxTables.GAVE_UP,
                            null, settlement.at(), error);
                };
                if (held) {
                    applied.add(settlement.event());
                }
            }
            return Set.copyOf(applied);
        });
    }

    private static boolean finish(Handle handle, UUID event, String holder, String delivery, Instant dueAt,
                                  Instant finishedAt, String error) {
        return handle.createUpdate("UPDATE outbox_events SET"
                        + " delivery = :delivery, due_at = :dueAt, holder = NULL, lease_until = NULL,"
                        + " finished_at = :finishedAt, last_error = :error"
                        + " WHERE id = :id AND holder = :holder AND delivery = '" + OutboxTables.PENDING + "'")
                .bind("delivery", delivery)
                .bind("dueAt", SqlInstants.argument(dueAt))
                .bind("finishedAt", SqlInstants.argument(finishedAt))
                .bind("error", error == null ? null : DeliveryAttempt.shortened(error))
                .bind("id", event.toString())
                .bind("holder", holder)
                .execute() == 1;
    }

    @Override
    public OutboxBacklog backlog() {
        return read("count the events waiting", handle -> handle.createQuery("SELECT COUNT(*) AS pending,"
                        + " MIN(occurred_at) AS oldest FROM outbox_events WHERE delivery = :pending")
                .bind("pending", OutboxTables.PENDING)
                .map((rs, ctx) -> new OutboxBacklog(rs.getLong("pending"),
                        Optional.ofNullable(SqlInstants.read(rs, "oldest"))))
                .one());
    }

    @Override
    public long countOccurredBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return read("count old events", handle -> handle.createQuery("SELECT COUNT(*) FROM outbox_events"
                        + " WHERE occurred_at < :cutoff")
                .bind("cutoff", SqlInstants.argument(cutoff))
                .mapTo(Long.class).one());
    }

    @Override
    public int deleteOccurredBefore(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        // H2 has no DELETE … LIMIT: pick the ids first, then delete them (their attempts go by the foreign key).
        return write("delete old events", handle -> {
            List<String> ids = handle.createQuery("SELECT id FROM outbox_events WHERE occurred_at < :cutoff"
                            + " ORDER BY occurred_at LIMIT :limit")
                    .bind("cutoff", SqlInstants.argument(cutoff))
                    .bind("limit", limit)
                    .mapTo(String.class).list();
            return ids.isEmpty() ? 0 : handle.createUpdate("DELETE FROM outbox_events WHERE id IN (<ids>)")
                    .bindList("ids", ids).execute();
        });
    }

    /** One locking transaction, run again after a lost deadlock or lock wait. */
    private <R> R write(String request, HandleCallback<R, RuntimeException> work) {
        return Transactions.write(jdbi, request, work);
    }

    private <R> R read(String request, HandleCallback<R, RuntimeException> reads) {
        return Transactions.read(jdbi, request, reads);
    }
}
