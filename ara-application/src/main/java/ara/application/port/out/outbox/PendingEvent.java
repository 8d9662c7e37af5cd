package ara.application.port.out.outbox;

import ara.domain.event.DomainEvent;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An event a dispatcher has claimed. Immutable.
 *
 * @param attempts          how many times the event has been claimed, this claim included
 * @param deliveredChannels the channels that already have it (an earlier attempt reached them): not sent again
 * @param holder            who holds the lease
 * @param leaseUntil        when the lease lapses
 */
public record PendingEvent(DomainEvent event, int attempts, Set<String> deliveredChannels, String holder,
                           Instant leaseUntil) {
    public PendingEvent {
        Objects.requireNonNull(event, "event");
        deliveredChannels = Set.copyOf(deliveredChannels);
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }
}
