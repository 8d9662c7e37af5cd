package ara.bootstrap;

import ara.application.port.in.outbox.DispatchEventsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

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
    private final RunSwitch run = new RunSwitch();

    OutboxDispatcher(DispatchEventsUseCase dispatcher, Duration pollInterval, Duration stopTimeout) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        this.stopTimeout = Objects.requireNonNull(stopTimeout, "stopTimeout");
        this.thread = Thread.ofPlatform().name("ara-outbox-dispatcher").daemon(true).unstarted(this::work);
    }

    void start() {
        run.start();
        thread.start();
        LOG.info("outbox dispatcher started (every {} when idle)", pollInterval);
    }

    private void work() {
        while (run.running()) {
            int claimed;
            try {
                claimed = dispatcher.dispatchDue();
            } catch (RuntimeException e) {
                // The store is down: events held by this round come back when their leases lapse.
                LOG.warn("outbox dispatcher: {}", e.toString());
                claimed = 0;
            }
            if (claimed < dispatcher.batch()) {
                run.pause(pollInterval);
            }
        }
    }

    @Override
    public void close() {
        run.stop();
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
