package ara.application.service.identity;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The audit log with unauthenticated rejections aggregated: a rejected token ({@code token.rejected}) or an access
 * denied to a caller who is not signed in (a guest token that does not open the audit, {@code access.denied}) is
 * counted, not written; one row per client address, minute, actor, action and outcome is written when its minute
 * is over ({@link #flushDue()}, and on every call that reaches the log) or on {@link #flush()} (at shutdown, and
 * before every read so that readers see every event). At most {@code maximumKeys} rows are counted per minute;
 * events of further addresses are counted in one row per actor, action and outcome with the client address
 * {@value AuditEvent#OTHER_CLIENTS}. Every other event, and every denial of a signed-in user, is written at once
 * as before. Thread-safe.
 */
public final class AggregatingAuditLog implements AuditLog {
    /** The default bound on the rows counted in one minute. */
    public static final int DEFAULT_MAXIMUM_KEYS = 10_000;
    private static final Set<String> AGGREGATED_ACTIONS = Set.of("token.rejected", "access.denied");
    private static final String SIGNED_IN = "user:";

    private final AuditLog log;
    private final Clock clock;
    private final int maximumKeys;
    private final Map<Key, Tally> pending = new HashMap<>();
    private final Map<Instant, Integer> keysPerMinute = new HashMap<>();

    public AggregatingAuditLog(AuditLog log, Clock clock) {
        this(log, clock, DEFAULT_MAXIMUM_KEYS);
    }

    public AggregatingAuditLog(AuditLog log, Clock clock, int maximumKeys) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maximumKeys < 1) {
            throw new IllegalArgumentException("maximumKeys must be >= 1, got " + maximumKeys);
        }
        this.maximumKeys = maximumKeys;
    }

    /** Whether this event is an unauthenticated rejection, counted rather than written. */
    static boolean aggregated(AuditEvent event) {
        return AGGREGATED_ACTIONS.contains(event.action()) && !event.actor().startsWith(SIGNED_IN)
                && !AuditEvent.SUCCESS.equals(event.outcome());
    }

    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        if (!aggregated(event)) {
            flushDue();
            log.record(event);
            return;
        }
        List<AuditEvent> due;
        synchronized (this) {
            count(event);
            due = takeBefore(minute(clock.instant()));
        }
        write(due);
    }

    /** Writes the rows of every minute that is over. */
    public void flushDue() {
        List<AuditEvent> due;
        synchronized (this) {
            due = takeBefore(minute(clock.instant()));
        }
        write(due);
    }

    /** Writes every row counted so far, the current minute's too (at shutdown, and before reads). */
    public void flush() {
        List<AuditEvent> all;
        synchronized (this) {
            all = takeBefore(Instant.MAX);
        }
        write(all);
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        flush();
        return log.latest(limit);
    }

    @Override
    public long countUntil(Instant cutoff) {
        return log.countUntil(cutoff);
    }

    @Override
    public long deleteUntil(Instant cutoff) {
        return log.deleteUntil(cutoff);
    }

    @Override
    public long count(String action, String outcome) {
        flush();
        return log.count(action, outcome);
    }

    @Override
    public long pseudonymize(String actor, String pseudonym) {
        // Rows still counted here would be written later under the actor: written first, then changed.
        flush();
        return log.pseudonymize(actor, pseudonym);
    }

    /** Adds the event to its row; a new row past the minute's bound goes to the minute's overflow row. */
    private void count(AuditEvent event) {
        Instant minute = minute(event.at());
        Key key = new Key(minute, event.actor(), event.action(), event.outcome(), event.clientIp());
        Tally tally = pending.get(key);
        if (tally == null) {
            int keys = keysPerMinute.getOrDefault(minute, 0);
            if (keys >= maximumKeys) {
                key = new Key(minute, event.actor(), event.action(), event.outcome(), AuditEvent.OTHER_CLIENTS);
                tally = pending.get(key);
            } else {
                keysPerMinute.put(minute, keys + 1);
            }
        }
        if (tally == null) {
            pending.put(key, new Tally(event.target(), event.requestId(), 1));
        } else {
            tally.add(event.target(), 1);
        }
    }

    /** Removes and returns the rows of the minutes before {@code minute}, oldest first. */
    private List<AuditEvent> takeBefore(Instant minute) {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<AuditEvent> rows = new ArrayList<>();
        pending.entrySet().removeIf(entry -> {
            Key key = entry.getKey();
            if (!key.minute().isBefore(minute)) {
                return false;
            }
            Tally tally = entry.getValue();
            rows.add(new AuditEvent(key.minute(), key.actor(), key.action(), tally.target, key.outcome(),
                    tally.firstRequestId, key.clientIp(), tally.count));
            return true;
        });
        keysPerMinute.keySet().removeIf(m -> m.isBefore(minute));
        rows.sort((a, b) -> a.at().compareTo(b.at()));
        return rows;
    }

    /**
     * Writes the rows; one that fails is counted again (so that a database outage loses no count) and the failure
     * is raised after the rest were tried.
     */
    private void write(List<AuditEvent> rows) {
        RuntimeException failure = null;
        for (AuditEvent row : rows) {
            try {
                log.record(row);
            } catch (RuntimeException e) {
                synchronized (this) {
                    restore(row);
                }
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void restore(AuditEvent row) {
        Key key = new Key(row.at(), row.actor(), row.action(), row.outcome(), row.clientIp());
        Tally tally = pending.get(key);
        if (tally == null) {
            pending.put(key, new Tally(row.target(), row.requestId(), row.count()));
        } else {
            tally.add(row.target(), row.count());
        }
    }

    private static Instant minute(Instant at) {
        return at.truncatedTo(ChronoUnit.MINUTES);
    }

    @Override
    public String toString() {
        return "AggregatingAuditLog[" + log + "]";
    }

    /** What a row counts: one client's events of one kind in one minute. */
    private record Key(Instant minute, String actor, String action, String outcome, String clientIp) {
    }

    /** A row being counted: how many, the first request's id, and the target if every event had the same. */
    private static final class Tally {
        private final String firstRequestId;
        private String target;
        private long count;

        Tally(String target, String firstRequestId, long count) {
            this.target = target;
            this.firstRequestId = firstRequestId;
            this.count = count;
        }

        void add(String otherTarget, long events) {
            count += events;
            if (!Objects.equals(target, otherTarget)) {
                target = null;
            }
        }
    }
}
