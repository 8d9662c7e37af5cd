package ara.bootstrap;

import ara.application.port.in.outbox.DispatchEventsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The outbox dispatcher of this process: one platform thread running rounds of {@link DispatchEventsUseCase} one
 * after another, at once again after a full batch, else after the poll interval. Dispatchers of every process share
 * the events through the store (leases). {@link #close} stops after the round in progress (up to a timeout; events
 * still held then come back when their leases lapse). Thread-safe; started and closed once.
 */
final class OutboxDispatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final DispatchEventsUseCase dispatcher;
    private final Duration pollInterval;
    private final Duration stopTimeout;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopping = lock.newCondition();
    private volatile boolean running;

    OutboxDispatcher(DispatchEventsUseCase dispatcher, Duration pollInterval, Duration stopTimeout) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
        this.thread = Thread.ofPlatform().name("ara-outbox-dispatcher").daemon(true).unstarted(this::work);
    }

    void start() {
        running = true;
        thread.start();
        LOG.info("outbox dispatcher started (every {} when idle)", pollInterval);
    }

    private void work() {
        while (running) {
            int claimed;
            try {
                claimed = dispatcher.dispatchDue();
            } catch (RuntimeException e) {
                // The store is down: events held by this round come back when their leases lapse.
                LOG.warn("outbox dispatcher: {}", e.toString());
                claimed = 0;
            }
            if (claimed < dispatcher.batch()) {
                idle();
            }
        }
    }

    private void idle() {
        lock.lock();
        try {
            if (running) {
                stopping.awaitNanos(pollInterval.toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            running = false;
            stopping.signalAll();
        } finally {
            lock.unlock();
        }
        if (!thread.isAlive()) {
            return;
        }
        try {
            TimeUnit.NANOSECONDS.timedJoin(thread, stopTimeout.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("the outbox dispatcher was still delivering after {}; its events return when their leases lapse",
                    stopTimeout);
        }
    }
}
