package ara.application.port.out.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The events waiting for delivery. Immutable.
 *
 * @param oldestPending when the oldest waiting event occurred; empty when none waits
 */
public record OutboxBacklog(long pending, Optional<Instant> oldestPending) {
    public OutboxBacklog {
        Objects.requireNonNull(oldestPending, "oldestPending");
        if (pending < 0 || (pending == 0) != oldestPending.isEmpty()) {
            throw new IllegalArgumentException("pending " + pending + " does not match oldestPending " + oldestPending);
        }
    }
}
