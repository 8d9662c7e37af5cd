package ara.adapter.memory;

import ara.application.port.out.limit.Gcra;
import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rate limits in this process (the embedded default): GCRA ({@link Gcra}) per key, so each instance of the
 * application limits on its own. Memory is bounded: a key is dropped once its allowance is full again (then it is
 * indistinguishable from a new key) and at most {@code maximumKeys} are kept (beyond that the least used are
 * dropped early, which can only admit more). Thread-safe: each check is atomic per key.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    /** The default bound on the number of keys kept. */
    public static final int DEFAULT_MAXIMUM_KEYS = 100_000;

    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    /** A limiter on the system clock keeping at most {@value #DEFAULT_MAXIMUM_KEYS} keys. */
    public InMemoryRateLimiter() {
        this(Clock.systemUTC(), DEFAULT_MAXIMUM_KEYS);
    }

    public InMemoryRateLimiter(Clock clock, int maximumKeys) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maximumKeys < 1) {
            throw new IllegalArgumentException("maximumKeys must be >= 1, got " + maximumKeys);
        }
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maximumKeys)
                .expireAfter(Expiry.writing((String key, Bucket bucket) -> bucket.idleAfter()))
                .build();
    }

    @Override
    public RateLimitDecision check(String key, RateLimit limit) {
        Objects.requireNonNull(limit, "limit");
        String bucketKey = bucketKey(key, limit);
        AtomicReference<RateLimitDecision> decision = new AtomicReference<>();
        buckets.asMap().compute(bucketKey, (k, bucket) -> {
            long now = micros(clock.instant());
            Gcra.Outcome outcome = Gcra.step(bucket == null ? 0 : bucket.tat(), now, limit);
            decision.set(outcome.decision());
            return new Bucket(outcome.tat(), Duration.of(Math.max(1, outcome.tat() - now), ChronoUnit.MICROS));
        });
        return decision.get();
    }

    @Override
    public RateLimitDecision peek(String key, RateLimit limit) {
        Objects.requireNonNull(limit, "limit");
        Bucket bucket = buckets.getIfPresent(bucketKey(key, limit));
        return Gcra.step(bucket == null ? 0 : bucket.tat(), micros(clock.instant()), limit).decision();
    }

    private static String bucketKey(String key, RateLimit limit) {
        return limit.count() + "/" + Gcra.intervalMicros(limit) + ":" + Gcra.checkedKey(key);
    }

    /** Keys currently kept (for tests of the memory bound). */
    long keys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** A key's theoretical arrival time and how long until it no longer matters. */
    private record Bucket(long tat, Duration idleAfter) {
    }
}
