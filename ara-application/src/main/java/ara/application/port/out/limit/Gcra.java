package ara.application.port.out.limit;

import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The generic cell rate algorithm (GCRA), part of the {@link ara.application.port.out.limit.RateLimiter} contract: what every
 * implementation of the port does alike, so that each admits the same requests. A key's state is one number, its
 * theoretical arrival time (TAT). Each request is spaced {@code interval = ceil(period / count)}
 * after the previous one; a request is admitted when the new TAT is at most {@code window = interval * count} ahead
 * of now, so a fresh key admits {@code count} at once and then one per interval. All values are microseconds. An
 * implementation that runs elsewhere (Redis, in a Lua script) repeats the same arithmetic. Stateless and thread-safe.
 */
public final class Gcra {
    /** The longest rate-limit key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    private Gcra() {
    }

    /** The spacing between admitted requests, at least 1 µs. */
    public static long intervalMicros(RateLimit limit) {
        long periodMicros = Math.ceilDiv(limit.period().toNanos(), 1000L);
        return Math.max(1, Math.ceilDiv(periodMicros, limit.count()));
    }

    /** {@code key} if it is a usable rate-limit key. */
    public static String checkedKey(String key) {
        Objects.requireNonNull(key, "rate limit key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("rate limit key must not be blank");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("rate limit key must be at most " + MAX_KEY_LENGTH
                    + " characters, got " + key.length());
        }
        return key;
    }

    /**
     * One check at {@code now} against a key whose TAT is {@code tat} (0 when unknown).
     *
     * @return the key's TAT afterwards (unchanged when rejected) and the decision
     */
    public static Outcome step(long tat, long now, RateLimit limit) {
        long interval = intervalMicros(limit);
        long window = interval * limit.count();
        long start = Math.max(tat, now);
        long newTat = start + interval;
        if (newTat - now > window) {
            return new Outcome(tat, decision(false, limit, 0, start - now, newTat - window - now));
        }
        int remaining = (int) ((window - (newTat - now)) / interval);
        return new Outcome(newTat, decision(true, limit, remaining, newTat - now, 0));
    }

    /** A decision from the microsecond figures the algorithm (here or in Lua) produced. */
    public static RateLimitDecision decision(boolean allowed, RateLimit limit, int remaining, long resetMicros,
                                             long retryMicros) {
        return new RateLimitDecision(allowed, limit.count(), remaining, micros(resetMicros), micros(retryMicros));
    }

    private static Duration micros(long value) {
        return Duration.of(value, ChronoUnit.MICROS);
    }

    /**
     * The outcome of one {@link #step}.
     *
     * @param tat      the key's TAT afterwards, microseconds
     * @param decision what to tell the caller
     */
    public record Outcome(long tat, RateLimitDecision decision) {
    }
}
