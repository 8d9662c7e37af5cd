package ara.bootstrap;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whether background threads (report workers, the outbox dispatcher) should keep running, and a pause between their
 * rounds that ends at once when they are told to stop. Thread-safe.
 */
final class RunSwitch {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopping = lock.newCondition();
    private volatile boolean running;

    void start() {
        running = true;
    }

    boolean running() {
        return running;
    }

    /** Waits for {@code duration} or until stopped; an interrupt stops too. */
    void pause(Duration duration) {
        lock.lock();
        try {
            if (running) {
                stopping.awaitNanos(duration.toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Stops: paused threads wake at once. */
    void stop() {
        lock.lock();
        try {
            running = false;
            stopping.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
