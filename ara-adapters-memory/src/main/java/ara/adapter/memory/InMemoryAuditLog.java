package ara.adapter.memory;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Persistence adapter: the audit log in memory, append-only but for retention (nothing kept across restarts).
 * Thread-safe.
 */
public final class InMemoryAuditLog implements AuditLog {
    private final List<AuditEvent> events = new ArrayList<>();

    @Override
    public synchronized void record(AuditEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public synchronized List<AuditEvent> latest(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        List<AuditEvent> newestFirst = new ArrayList<>(events).reversed();
        return List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size())));
    }

    @Override
    public synchronized long countUntil(Instant cutoff) {
        return events.stream().filter(event -> !event.at().isAfter(cutoff)).count();
    }

    @Override
    public synchronized long deleteUntil(Instant cutoff) {
        int before = events.size();
        events.removeIf(event -> !event.at().isAfter(cutoff));
        return before - events.size();
    }

    @Override
    public synchronized long count(String action, String outcome) {
        return events.stream().filter(event -> event.action().equals(action) && event.outcome().equals(outcome))
                .mapToLong(AuditEvent::count).sum();
    }

    @Override
    public synchronized long pseudonymize(String actor, String pseudonym) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pseudonym, "pseudonym");
        long changed = 0;
        for (int i = 0; i < events.size(); i++) {
            AuditEvent event = events.get(i);
            if (event.actor().equals(actor)) {
                events.set(i, new AuditEvent(event.at(), pseudonym, event.action(), event.target(), event.outcome(),
                        event.requestId(), null, event.count()));
                changed++;
            }
        }
        return changed;
    }
}
