package ara.adapter.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link RedisGuard} protects the application from a failing Redis. Validated when built.
 *
 * @param failuresToOpen consecutive failed calls after which Redis is considered down (the circuit opens), 1 to 100
 * @param openFor        how long Redis is left alone once considered down, before one call probes it again,
 *                       1 ms to 10 min
 * @param retries        how often a call that failed to reach Redis is tried again at once, 0 to 3; replies that
 *                       timed out and errors Redis answered with are never retried
 */
public record RedisGuardSettings(int failuresToOpen, Duration openFor, int retries) {
    // Declared before DEFAULTS: the constructor reads it while DEFAULTS is initialised.
    private static final Duration MAX_OPEN_FOR = Duration.ofMinutes(10);

    /** Three failures in a row open the circuit for two seconds; one retry on connection errors. */
    public static final RedisGuardSettings DEFAULTS = new RedisGuardSettings(3, Duration.ofSeconds(2), 1);

    public RedisGuardSettings {
        if (failuresToOpen < 1 || failuresToOpen > 100) {
            throw new IllegalArgumentException("failuresToOpen must be 1 to 100, got " + failuresToOpen);
        }
        Objects.requireNonNull(openFor, "openFor");
        if (openFor.toMillis() < 1 || openFor.compareTo(MAX_OPEN_FOR) > 0) {
            throw new IllegalArgumentException("openFor must be 1 ms to 10 min, got " + openFor);
        }
        if (retries < 0 || retries > 3) {
            throw new IllegalArgumentException("retries must be 0 to 3, got " + retries);
        }
    }
}
