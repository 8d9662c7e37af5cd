package ara.application.service.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works through the outbox: events per claim, how long a claim holds them, the back-off after a
 * failed attempt (doubling from {@code firstRetry} up to {@code longestRetry}, stretched by up to
 * {@value #JITTER} of itself at random so that failed events spread out), and how old an event may grow before it is
 * given up on. Immutable.
 */
public record DispatchPolicy(int batch, Duration lease, Duration firstRetry, Duration longestRetry, Duration maxAge) {
    /** The share of a back-off added at random (0 to this). */
    public static final double JITTER = 0.25;
    /** Retries for up to a day, the lease well above one delivery's timeouts. */
    public static final DispatchPolicy DEFAULTS = new DispatchPolicy(20, Duration.ofMinutes(1),
            Duration.ofSeconds(10), Duration.ofHours(1), Duration.ofHours(24));

    public DispatchPolicy {
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be at least 1, got " + batch);
        }
        positive(lease, "lease");
        positive(firstRetry, "firstRetry");
        positive(longestRetry, "longestRetry");
        positive(maxAge, "maxAge");
    }

    /**
     * The wait before the attempt after attempt {@code attempts} (1 for the first): {@code firstRetry} doubled for
     * each earlier attempt, capped at {@code longestRetry}, plus {@code jitter} (0 to 1) times {@value #JITTER} of it.
     */
    public Duration backoff(int attempts, double jitter) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, got " + jitter);
        }
        long base = firstRetry.toMillis();
        long cap = longestRetry.toMillis();
        long doubled = attempts > 40 ? cap : Math.min(cap, base << Math.min(attempts - 1, 40));
        return Duration.ofMillis(doubled + Math.round(doubled * JITTER * jitter));
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
