package ara.adapter.redis;

import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimiter;
import ara.contract.RateLimiterContract;
import ara.contract.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis limiter against the contract: two limiters on two connections to one server share the limits. */
class RedisRateLimiterTest extends RateLimiterContract {
    private static final RedisSettings SETTINGS = RedisSettings.of(RedisServer.url())
            .withNamespace(RedisServer.uniqueNamespace());
    private static final RedisConnection FIRST = RedisConnection.open(SETTINGS);
    private static final RedisConnection SECOND = RedisConnection.open(SETTINGS);

    private final RedisRateLimiter limiter = new RedisRateLimiter(FIRST);
    private final RedisRateLimiter other = new RedisRateLimiter(SECOND);

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

    @Test
    void runsTheScriptAgainAfterTheServerForgotIt() {
        String key = "flushed:" + UUID.randomUUID();
        RateLimit limit = new RateLimit(2, Duration.ofHours(1));
        assertThat(limiter.check(key, limit).remaining()).isEqualTo(1);
        FIRST.client().scriptFlush();
        assertThat(limiter.check(key, limit).remaining()).isZero();
        assertThat(limiter.check(key, limit).allowed()).isFalse();
    }

    @Test
    void theServerKnowsTheScriptByTheShaWeCompute() {
        assertThat(FIRST.client().scriptLoad(RedisRateLimiter.GCRA.source())).isEqualTo(RedisRateLimiter.GCRA.sha());
    }

    @Test
    void keysLiveInTheNamespaceAndExpireWhenTheAllowanceIsBack() {
        String key = "layout:" + UUID.randomUUID();
        limiter.check(key, new RateLimit(4, Duration.ofMinutes(1)));
        String redisKey = SETTINGS.namespace() + ":rl:4/15000000:" + key;
        assertThat(FIRST.client().pttl(redisKey)).isBetween(14_000L, 15_001L);
    }
}
