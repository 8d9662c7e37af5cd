package ara.application.service.admin;

import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.out.admin.MaintenanceLease;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a clean-up under its cluster-wide lease: one instance at a time deletes, any instance may dry-run. The lease
 * outlives any sane run ({@link #LEASE}); a crashed holder delays the job by that much at most. Thread-safe.
 */
final class MaintenanceRun {
    static final Duration LEASE = Duration.ofMinutes(15);

    private final MaintenanceLease lease;
    private final String holder;
    private final Clock clock;

    /** @param holder this instance's name in the lease (unique per process) */
    MaintenanceRun(MaintenanceLease lease, String holder, Clock clock) {
        this.lease = Objects.requireNonNull(lease, "lease");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    <T> T exclusively(String job, Supplier<T> work) {
        if (!lease.tryAcquire(job, holder, clock.instant(), LEASE)) {
            throw new MaintenanceBusy(job);
        }
        try {
            return work.get();
        } finally {
            lease.release(job, holder);
        }
    }
}
