package ara.adapter.redis;

import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.adapter.memory.InMemoryRateLimiter;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;
import ara.contract.PrivateRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault tests: two "instances" (each its own connection, guard and local fallbacks) share a Redis of the test's
 * own, which is stopped and started again. While it is down every call still answers (no exception; the class
 * timeout only guards against a hang), limits are still applied by the local limiter; once it is back, both
 * instances share Redis again within 10 s.
 */
@Timeout(120)
class RedisOutageTest {
    private static final Duration SHORT = Duration.ofMillis(500);
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    private static final RateLimit THREE_PER_HOUR = new RateLimit(3, Duration.ofHours(1));

    private PrivateRedis redis;
    private RedisConnection first;
    private RedisConnection second;

    @BeforeEach
    void startRedis() {
        redis = PrivateRedis.start();
        RedisSettings settings = RedisSettings.of(redis.url()).withTimeouts(SHORT, SHORT).withNamespace("outage");
        first = RedisConnection.open(settings);
        second = RedisConnection.open(settings);
    }

    @AfterEach
    void stopRedis() {
        first.close();
        second.close();
        redis.close();
    }

    @Test
    void rateLimitsStayAppliedWhileRedisIsDownAndAreSharedAgainOnceItIsBack() throws Exception {
        RateLimiter a = new FallbackRateLimiter(new RedisRateLimiter(first), new InMemoryRateLimiter());
        RateLimiter b = new FallbackRateLimiter(new RedisRateLimiter(second), new InMemoryRateLimiter());
        String shared = key();
        assertThat(allowed(List.of(a.check(shared, THREE_PER_HOUR), b.check(shared, THREE_PER_HOUR),
                a.check(shared, THREE_PER_HOUR), b.check(shared, THREE_PER_HOUR))))
                .as("3 admitted between both instances, then rejected").containsExactly(true, true, true, false);

        redis.stop();

        List<RateLimitDecision> degraded = new ArrayList<>();
        String local = key();
        for (int i = 0; i < 6; i++) {
            degraded.add(a.check(local, THREE_PER_HOUR));
        }
        assertThat(allowed(degraded)).as("the local limiter applies the limit, never 'allow'")
                .containsExactly(true, true, true, false, false, false);
        assertThat(a.peek(local, THREE_PER_HOUR).allowed()).as("a peek asks the local limiter too").isFalse();
        assertThat(first.guard().available()).isFalse();
        // Per instance while degraded: the other instance has an allowance of its own.
        assertThat(b.check(local, THREE_PER_HOUR).allowed()).isTrue();

        redis.startAgain();

        Eventually.within(RECOVERY, "both instances share limits in Redis again", () -> {
            String probe = key();
            a.check(probe, THREE_PER_HOUR);
            return b.check(probe, THREE_PER_HOUR).remaining() == 1;
        });
        assertThat(first.guard().available()).isTrue();
        assertThat(second.guard().available()).isTrue();
    }

    @Test
    void idempotencyKeysWorkPerInstanceWhileRedisIsDownAndAreSharedAgainOnceItIsBack() throws Exception {
        IdempotencyStore a = idempotencyStoreOf(first);
        IdempotencyStore b = idempotencyStoreOf(second);
        StoredResponse created = new StoredResponse(201, Map.of("Location", "/x"), new byte[] {1, 2});

        redis.stop();

        String key = key();
        assertThat(a.begin("POST /audits", key, "fp", Duration.ofHours(24)))
                .isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(a.begin("POST /audits", key, "fp", Duration.ofHours(24)))
                .isInstanceOf(IdempotencyClaim.InFlight.class);
        assertThat(a.complete("POST /audits", key, created)).isTrue();
        assertThat(a.begin("POST /audits", key, "fp", Duration.ofHours(24)))
                .isInstanceOfSatisfying(IdempotencyClaim.Replay.class,
                        replay -> assertThat(replay.response().status()).isEqualTo(201));
        String abandoned = key();
        assertThat(a.begin("POST /audits", abandoned, "fp", Duration.ofHours(24)))
                .isInstanceOf(IdempotencyClaim.Started.class);
        a.abandon("POST /audits", abandoned);
        assertThat(a.begin("POST /audits", abandoned, "fp", Duration.ofHours(24)))
                .isInstanceOf(IdempotencyClaim.Started.class);

        redis.startAgain();

        Eventually.within(RECOVERY, "both instances share keys in Redis again", () -> {
            String probe = key();
            a.begin("POST /audits", probe, "fp", Duration.ofMinutes(1));
            return b.begin("POST /audits", probe, "fp", Duration.ofMinutes(1)) instanceof IdempotencyClaim.InFlight;
        });
        String again = key();
        assertThat(a.begin("POST /audits", again, "fp", Duration.ofMinutes(1)))
                .isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(b.complete("POST /audits", again, created)).as("completed in Redis by another instance").isTrue();
        assertThat(a.begin("POST /audits", again, "fp", Duration.ofMinutes(1)))
                .isInstanceOf(IdempotencyClaim.Replay.class);
    }

    @Test
    void aRecordMadeWhileRedisWasDownIsNotForgottenWhenItIsBack() throws Exception {
        IdempotencyStore a = idempotencyStoreOf(first);
        IdempotencyStore b = idempotencyStoreOf(second);
        StoredResponse created = new StoredResponse(201, Map.of("Location", "/x"), new byte[] {1, 2});
        Duration day = Duration.ofHours(24);
        redis.stop();
        String done = key();
        String running = key();
        a.begin("POST /audits", done, "fp", day);
        a.complete("POST /audits", done, created);
        a.begin("POST /audits", running, "fp", day);

        redis.startAgain();
        Eventually.within(RECOVERY, "both instances share keys in Redis again", () -> {
            String probe = key();
            a.begin("POST /audits", probe, "fp", Duration.ofMinutes(1));
            return b.begin("POST /audits", probe, "fp", Duration.ofMinutes(1)) instanceof IdempotencyClaim.InFlight;
        });

        assertThat(a.begin("POST /audits", done, "fp", day)).as("the instance that kept it replays it")
                .isEqualTo(new IdempotencyClaim.Replay(created));
        assertThat(b.begin("POST /audits", done, "fp", day)).as("written through: every instance replays it")
                .isEqualTo(new IdempotencyClaim.Replay(created));
        assertThat(a.begin("POST /audits", done, "other", day)).isInstanceOf(IdempotencyClaim.Mismatch.class);
        assertThat(a.begin("POST /audits", running, "fp", day)).as("still running in this process")
                .isInstanceOf(IdempotencyClaim.InFlight.class);
        assertThat(a.complete("POST /audits", running, created)).isTrue();
        assertThat(a.begin("POST /audits", running, "fp", day)).isEqualTo(new IdempotencyClaim.Replay(created));
        assertThat(b.begin("POST /audits", running, "fp", day)).isEqualTo(new IdempotencyClaim.Replay(created));
    }

    /** An instance's idempotency store: Redis, with its own in-process fallback. */
    private static IdempotencyStore idempotencyStoreOf(RedisConnection connection) {
        return new FallbackIdempotencyStore(new RedisIdempotencyStore(connection), new InMemoryIdempotencyStore());
    }

    private static List<Boolean> allowed(List<RateLimitDecision> decisions) {
        return decisions.stream().map(RateLimitDecision::allowed).toList();
    }

    private static String key() {
        return "k:" + UUID.randomUUID();
    }
}
