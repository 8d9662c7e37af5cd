package ara.application.port.out.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one rate-limit check, with what a caller needs to tell the client (HTTP: 429, {@code Retry-After},
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset}).
 *
 * @param allowed    whether this request was admitted (and counted)
 * @param limit      requests per period
 * @param remaining  requests that would be admitted right now after this one, 0 to {@code limit}
 * @param resetAfter time until the full allowance is back
 * @param retryAfter time until the next request can be admitted; zero when this one was
 */
public record RateLimitDecision(boolean allowed, int limit, int remaining, Duration resetAfter, Duration retryAfter) {

    public RateLimitDecision {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        if (remaining < 0 || remaining > limit) {
            throw new IllegalArgumentException("remaining must be 0.." + limit + ", got " + remaining);
        }
        Objects.requireNonNull(resetAfter, "resetAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (resetAfter.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("resetAfter and retryAfter must not be negative, got " + resetAfter
                    + " and " + retryAfter);
        }
        if (allowed && !retryAfter.isZero()) {
            throw new IllegalArgumentException("an admitted request has no retryAfter, got " + retryAfter);
        }
        if (!allowed && retryAfter.isZero()) {
            throw new IllegalArgumentException("a rejected request needs a positive retryAfter");
        }
    }
}
