package ara.adapter.memory;

import ara.application.port.out.limit.RateLimit;
import ara.application.port.out.limit.RateLimiter;
import ara.contract.RateLimiterContract;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-process limiter against the contract; it has no shared store, so its "other instance" is itself. */
class InMemoryRateLimiterTest extends RateLimiterContract {
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter();

    @Override
    protected RateLimiter limiter() {
        return limiter;
    }

    @Override
    protected RateLimiter sameStoreOtherInstance() {
        return limiter;
    }

    @Test
    void keepsAtMostTheBoundedNumberOfKeys() {
        InMemoryRateLimiter small = new InMemoryRateLimiter(Clock.systemUTC(), 100);
        for (int i = 0; i < 1_000; i++) {
            small.check("key-" + i, new RateLimit(1, Duration.ofHours(1)));
        }
        assertThat(small.keys()).isLessThanOrEqualTo(100);
    }

    @Test
    void forgetsAKeyOnceItsAllowanceIsFullAgain() throws InterruptedException {
        InMemoryRateLimiter quick = new InMemoryRateLimiter();
        quick.check("idle", new RateLimit(10, Duration.ofMillis(500)));
        assertThat(quick.keys()).isEqualTo(1);
        // The key is idle after 50 ms; Caffeine's timer wheel drops it within about a second after that.
        Thread.sleep(1_500);
        assertThat(quick.keys()).isZero();
    }
}
