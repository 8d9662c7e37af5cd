package ara.adapter.redis;

import ara.adapter.memory.InMemoryRateLimiter;
import ara.application.port.out.limit.RateLimiter;
import ara.contract.RateLimiterContract;
import ara.contract.RedisServer;
import org.junit.jupiter.api.AfterAll;

/** While Redis answers, the fallback limiter is the Redis limiter: the same contract, shared across instances. */
class FallbackRateLimiterTest extends RateLimiterContract {
    private static final RedisSettings SETTINGS = RedisSettings.of(RedisServer.url())
            .withNamespace(RedisServer.uniqueNamespace());
    private static final RedisConnection FIRST = RedisConnection.open(SETTINGS);
    private static final RedisConnection SECOND = RedisConnection.open(SETTINGS);

    private final RateLimiter limiter = new FallbackRateLimiter(new RedisRateLimiter(FIRST), new InMemoryRateLimiter());
    private final RateLimiter other = new FallbackRateLimiter(new RedisRateLimiter(SECOND), new InMemoryRateLimiter());

    @AfterAll
    static void close() {
        FIRST.close();
        SECOND.close();
    }

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected RateLimiter sameStoreOtherInstance() {
        return other;
    }
}
