package ara.adapter.web;

import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimitDecision;
import ara.application.port.out.limit.RateLimiter;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test double of the rate limiter with figures a test can pin: it counts the requests per key against the limit's
 * count and never refills within a test; every decision says the allowance is back in {@value #RESET_SECONDS} s, and
 * a refusal says to retry in 29.5 s. It remembers the keys it was asked about, in order. (The real limiters' GCRA
 * is covered by the rate limiter contract.) Thread-safe.
 */
final class ScriptedRateLimiter implements RateLimiter {
    static final long RESET_SECONDS = 60;
    static final Duration RETRY_AFTER = Duration.ofMillis(29_500);

    private final Map<String, Integer> used = new ConcurrentHashMap<>();
    private final List<String> keys = new CopyOnWriteArrayList<>();

    @Override
    public RateLimitDecision check(String key, RateLimit limit) {
        keys.add(key);
        int[] admitted = new int[1];
        used.compute(key + " " + limit, (ignored, count) -> {
            int before = count == null ? 0 : count;
            admitted[0] = before < limit.count() ? before + 1 : -1;
            return admitted[0] > 0 ? admitted[0] : before;
        });
        Duration reset = Duration.ofSeconds(RESET_SECONDS);
        return admitted[0] > 0
                ? new RateLimitDecision(true, limit.count(), limit.count() - admitted[0], reset, Duration.ZERO)
                : new RateLimitDecision(false, limit.count(), 0, reset, RETRY_AFTER);
    }

    @Override
    public RateLimitDecision peek(String key, RateLimit limit) {
        Duration reset = Duration.ofSeconds(RESET_SECONDS);
        int before = used.getOrDefault(key + " " + limit, 0);
        return before < limit.count()
                ? new RateLimitDecision(true, limit.count(), limit.count() - before - 1, reset, Duration.ZERO)
                : new RateLimitDecision(false, limit.count(), 0, reset, RETRY_AFTER);
    }

    /** The keys asked about so far ({@code <scope>:<subject>}), in order. */
    List<String> keys() {
        return List.copyOf(keys);
    }
}
