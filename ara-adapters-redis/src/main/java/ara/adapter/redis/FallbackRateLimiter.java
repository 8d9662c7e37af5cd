package ara.adapter.redis;

import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;

import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Rate limits that survive a Redis outage: each check goes to the shared limiter (Redis, shared by every instance)
 * and, when that fails or Redis is considered down, to the local one (this process), so callers never see a Redis
 * failure and a limit is never lifted: the fallback is another limiter, never "allow". Back to Redis by itself once
 * the {@link RedisGuard} lets calls through again.
 *
 * <p>While degraded, every limit is <b>per instance</b>: n instances admit up to n times the limit between them, and
 * what was consumed in Redis before the outage is not known locally (nor the local consumption to Redis after it).
 * Thread-safe if both limiters are.
 */
public final class FallbackRateLimiter implements RateLimiter {
    private static final System.Logger LOG = System.getLogger(FallbackRateLimiter.class.getName());

    private final RateLimiter shared;
    private final RateLimiter local;

    /**
     * @param shared the limiter shared by every instance, e.g. a {@link RedisRateLimiter}; must fail with
     *               {@link StoreUnavailable} (as the guarded Redis adapters do)
     * @param local  the limiter of this process, e.g. an {@code InMemoryRateLimiter}
     */
    public FallbackRateLimiter(RateLimiter shared, RateLimiter local) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.local = Objects.requireNonNull(local, "local");
    }

    @Override
    public RateLimitDecision check(String key, RateLimit limit) {
        try {
            return shared.check(key, limit);
        } catch (StoreUnavailable e) {
            LOG.log(Level.DEBUG, "rate limit checked in process: {0}", e.getMessage());
            return local.check(key, limit);
        }
    }

    @Override
    public RateLimitDecision peek(String key, RateLimit limit) {
        try {
            return shared.peek(key, limit);
        } catch (StoreUnavailable e) {
            LOG.log(Level.DEBUG, "rate limit peeked in process: {0}", e.getMessage());
            return local.peek(key, limit);
        }
    }
}
