package ara.domain.report;

import java.time.Instant;
import java.util.Objects;

/**
 * Value object: a worker's hold on a report job until a moment; once that has passed without the job finishing,
 * the worker is presumed dead and any worker may take the job over. Immutable.
 *
 * @param worker who holds it: 1-{@value #WORKER_MAX} characters, unique per worker thread and process
 * @param until  when it lapses
 */
public record ReportLease(String worker, Instant until) {
    /** The longest worker name. */
    public static final int WORKER_MAX = 200;

    public ReportLease {
        checkWorker(worker);
        Objects.requireNonNull(until, "until");
    }

    /** Whether the lease has lapsed at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !until.isAfter(now);
    }

    public boolean heldBy(String candidate) {
        return worker.equals(candidate);
    }

    static String checkWorker(String worker) {
        Objects.requireNonNull(worker, "worker");
        if (worker.isBlank() || worker.length() > WORKER_MAX) {
            throw new IllegalArgumentException("worker must be 1-" + WORKER_MAX + " characters");
        }
        return worker;
    }
}
