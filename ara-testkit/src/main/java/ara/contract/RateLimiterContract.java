package ara.contract;

import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link RateLimiter} must have: exactly {@code count} admitted per period, then rejected with
 * an honest {@code retryAfter}; keys independent; atomic under concurrency, also across two instances that share a
 * store. Exactness tests use long periods (nothing recovers while they run); recovery tests use periods of 1 s.
 */
public abstract class RateLimiterContract {
    private static final RateLimit FIVE_PER_HOUR = new RateLimit(5, Duration.ofHours(1));

    /** The limiter under test. */
    protected abstract RateLimiter limiter();

    /**
     * Another instance sharing {@link #limiter()}'s store (for Redis: another limiter on its own connection); an
     * in-process limiter has no shared store and returns itself.
     */
    protected abstract RateLimiter sameStoreOtherInstance();

    private static String key(String name) {
        return name + ":" + UUID.randomUUID();
    }

    @Test
    void admitsExactlyTheLimitThenRejects() {
        String key = key("exact");
        List<RateLimitDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            decisions.add(limiter().check(key, FIVE_PER_HOUR));
        }

        assertThat(decisions).extracting(RateLimitDecision::allowed)
                .containsExactly(true, true, true, true, true, false, false, false);
        assertThat(decisions).extracting(RateLimitDecision::limit).containsOnly(5);
        assertThat(decisions).extracting(RateLimitDecision::remaining).containsExactly(4, 3, 2, 1, 0, 0, 0, 0);
    }

    @Test
    void reportsSensibleAndMonotonicResetAndRetryTimes() {
        String key = key("times");
        Duration interval = Duration.ofMinutes(12);
        Duration previousReset = Duration.ZERO;
        for (int i = 1; i <= 5; i++) {
            RateLimitDecision admitted = limiter().check(key, FIVE_PER_HOUR);
            assertThat(admitted.retryAfter()).isZero();
            assertThat(admitted.resetAfter()).isGreaterThan(previousReset)
                    .isLessThanOrEqualTo(interval.multipliedBy(i))
                    .isGreaterThan(interval.multipliedBy(i).minusSeconds(5));
            previousReset = admitted.resetAfter();
        }
        RateLimitDecision rejected = limiter().check(key, FIVE_PER_HOUR);
        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.retryAfter()).isPositive().isLessThanOrEqualTo(interval)
                .isGreaterThan(interval.minusSeconds(5));
        assertThat(rejected.resetAfter()).isLessThanOrEqualTo(Duration.ofHours(1))
                .isGreaterThan(Duration.ofHours(1).minusSeconds(5));
        RateLimitDecision later = limiter().check(key, FIVE_PER_HOUR);
        assertThat(later.retryAfter()).isLessThanOrEqualTo(rejected.retryAfter());
    }

    @Test
    void peekingTellsWhatACheckWouldDecideAndCountsNothing() {
        String key = key("peek");
        for (int i = 0; i < 10; i++) {
            assertThat(limiter().peek(key, FIVE_PER_HOUR).allowed()).isTrue();
        }
        assertThat(limiter().peek(key, FIVE_PER_HOUR).remaining()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            limiter().check(key, FIVE_PER_HOUR);
        }
        RateLimitDecision last = limiter().peek(key, FIVE_PER_HOUR);
        assertThat(last.allowed()).isTrue();
        assertThat(last.remaining()).isZero();
        assertThat(limiter().check(key, FIVE_PER_HOUR).allowed()).isTrue();

        RateLimitDecision exhausted = limiter().peek(key, FIVE_PER_HOUR);
        assertThat(exhausted.allowed()).isFalse();
        assertThat(exhausted.retryAfter()).isPositive();
        assertThat(sameStoreOtherInstance().peek(key, FIVE_PER_HOUR).allowed()).isFalse();
        assertThat(limiter().peek(key("fresh"), FIVE_PER_HOUR).allowed()).isTrue();
    }

    @Test
    void keysAndLimitsAreIndependent() {
        String first = key("first");
        String second = key("second");
        for (int i = 0; i < 5; i++) {
            limiter().check(first, FIVE_PER_HOUR);
        }
        assertThat(limiter().check(first, FIVE_PER_HOUR).allowed()).isFalse();

        assertThat(limiter().check(second, FIVE_PER_HOUR).remaining()).isEqualTo(4);
        RateLimitDecision otherLimit = limiter().check(first, new RateLimit(3, Duration.ofHours(1)));
        assertThat(otherLimit.allowed()).isTrue();
        assertThat(otherLimit.remaining()).isEqualTo(2);
    }

    @Test
    void admitsAgainAfterRetryAfterAndFullyAfterThePeriod() throws InterruptedException {
        String key = key("recovery");
        RateLimit threePerSecond = new RateLimit(3, Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().check(key, threePerSecond).allowed()).isTrue();
        }
        RateLimitDecision rejected = limiter().check(key, threePerSecond);
        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.retryAfter()).isLessThanOrEqualTo(Duration.ofMillis(334));

        Thread.sleep(rejected.retryAfter().plusMillis(40));
        assertThat(limiter().check(key, threePerSecond).allowed()).isTrue();
        assertThat(limiter().check(key, threePerSecond).allowed()).isFalse();

        Thread.sleep(1_050);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter().check(key, threePerSecond).allowed()).as("check %d after the period", i).isTrue();
        }
        assertThat(limiter().check(key, threePerSecond).allowed()).isFalse();
    }

    @Test
    void admitsExactlyTheLimitUnderConcurrency() throws Exception {
        String key = key("concurrent");
        RateLimit limit = new RateLimit(25, Duration.ofHours(1));
        long admitted = hammer(16, 40, i -> limiter(), key, limit);
        assertThat(admitted).isEqualTo(25);
    }

    @Test
    void twoInstancesSharingTheStoreAdmitTheLimitTogether() throws Exception {
        String key = key("shared");
        RateLimit limit = new RateLimit(10, Duration.ofHours(1));
        int admitted = 0;
        for (int i = 0; i < 14; i++) {
            RateLimiter instance = i % 2 == 0 ? limiter() : sameStoreOtherInstance();
            admitted += instance.check(key, limit).allowed() ? 1 : 0;
        }
        assertThat(admitted).isEqualTo(10);
        assertThat(limiter().check(key, limit).allowed()).isFalse();
        assertThat(sameStoreOtherInstance().check(key, limit).allowed()).isFalse();

        String concurrentKey = key("shared-concurrent");
        long together = hammer(8, 30, i -> i % 2 == 0 ? limiter() : sameStoreOtherInstance(), concurrentKey,
                new RateLimit(20, Duration.ofHours(1)));
        assertThat(together).isEqualTo(20);
    }

    @Test
    void rejectsBlankOrOversizeKeys() {
        assertThatThrownBy(() -> limiter().check(" ", FIVE_PER_HOUR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter().check("k".repeat(256), FIVE_PER_HOUR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(limiter().check("k".repeat(219) + UUID.randomUUID(), FIVE_PER_HOUR).allowed()).isTrue();
    }

    /** Which limiter thread {@code i} uses. */
    private interface Pick {
        RateLimiter limiterFor(int thread);
    }

    private static long hammer(int threads, int checksEach, Pick pick, String key, RateLimit limit)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                RateLimiter limiter = pick.limiterFor(t);
                Callable<Integer> task = () -> {
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < checksEach; i++) {
                        admitted += limiter.check(key, limit).allowed() ? 1 : 0;
                    }
                    return admitted;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            long total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }
}
