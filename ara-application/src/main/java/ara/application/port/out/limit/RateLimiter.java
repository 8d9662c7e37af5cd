package ara.application.port.out.limit;

/**
 * Outbound port: rate limits, checked and consumed in one atomic step (shared by every instance when the adapter
 * has a shared store). Thread-safe.
 */
public interface RateLimiter {

    /**
     * Counts one request for {@code key} against {@code limit} if it is admitted, atomically. Different limits on
     * the same key are separate allowances.
     *
     * @param key who or what is limited, e.g. {@code login:192.0.2.7}; not blank, at most 255 characters
     */
    RateLimitDecision check(String key, RateLimit limit);

    /**
     * What {@link #check} would decide for {@code key} right now, counting nothing: a request is {@code allowed}
     * when the allowance has room for one more.
     *
     * @param key as for {@link #check}
     */
    RateLimitDecision peek(String key, RateLimit limit);
}
