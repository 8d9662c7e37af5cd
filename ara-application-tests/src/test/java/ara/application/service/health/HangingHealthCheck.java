package ara.application.service.health;

import ara.application.port.out.health.HealthCheck;

import java.util.concurrent.CountDownLatch;

/**
 * Test double of a backend that never answers: its probe blocks until it is interrupted, and says so. Thread-safe.
 */
final class HangingHealthCheck implements HealthCheck {
    private final String name;
    private final CountDownLatch interrupted = new CountDownLatch(1);

    HangingHealthCheck(String name) {
        this.name = name;
    }

    /** Counted down once a probe was interrupted (abandoned by its caller). */
    CountDownLatch interrupted() {
        return interrupted;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Probe probe() {
        try {
            new CountDownLatch(1).await();
            return Probe.up("never");
        } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
            return Probe.down("interrupted");
        }
    }
}
