package ara.adapter.memory;

import ara.application.port.out.admin.MaintenanceLease;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Persistence adapter: leases in one process (enough where the audits live in memory, one instance). Thread-safe. */
public final class InMemoryMaintenanceLease implements MaintenanceLease {
    private record Held(String holder, Instant until) {
    }

    private final Map<String, Held> leases = new HashMap<>();

    @Override
    public synchronized boolean tryAcquire(String job, String holder, Instant now, Duration ttl) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        Held held = leases.get(job);
        if (held != null && held.until().isAfter(now) && !held.holder().equals(holder)) {
            return false;
        }
        leases.put(job, new Held(holder, now.plus(ttl)));
        return true;
    }

    @Override
    public synchronized void release(String job, String holder) {
        Held held = leases.get(job);
        if (held != null && held.holder().equals(holder)) {
            leases.remove(job);
        }
    }
}
