package ara.adapter.redis;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Polls a condition until it holds or a deadline passes (no blind sleeps in fault tests). */
final class Eventually {
    private Eventually() {
    }

    /** Fails unless {@code condition} holds within {@code limit}; checks every 50 ms. */
    static void within(Duration limit, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, limit).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
