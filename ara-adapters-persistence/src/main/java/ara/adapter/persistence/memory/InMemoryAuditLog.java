package ara.adapter.persistence.memory;

import ara.application.port.out.AuditEvent;
import ara.application.port.out.AuditLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Persistence adapter: the audit log in memory, append-only (nothing kept across restarts). Thread-safe. */
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
}
