package ara.domain.report;

import java.time.Duration;
import java.util.Objects;

/**
 * Value object: how often a report job is tried and how long it waits between attempts: exponential back-off,
 * {@code firstDelay × 2^(attempt − 1)}, at most {@code maxDelay}. Immutable.
 *
 * @param maxAttempts attempts before the job fails for good, 1-100
 * @param firstDelay  the wait after the first failed attempt, positive
 * @param maxDelay    the longest wait, at least {@code firstDelay}
 */
public record ReportRetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    /** Five attempts, waiting 5 s, 10 s, 20 s, 40 s in between (at most 5 minutes). */
    public static final ReportRetryPolicy DEFAULT = new ReportRetryPolicy(5, Duration.ofSeconds(5),
            Duration.ofMinutes(5));

    public ReportRetryPolicy {
        if (maxAttempts < 1 || maxAttempts > 100) {
            throw new IllegalArgumentException("maxAttempts must be 1-100, got " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive, got " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least firstDelay (" + firstDelay + "), got "
                    + maxDelay);
        }
    }

    /** The wait after failed attempt number {@code attempt} (1 for the first). */
    public Duration delayAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be at least 1, got " + attempt);
        }
        Duration delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether another attempt may follow failed attempt number {@code attempt}. */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }
}
