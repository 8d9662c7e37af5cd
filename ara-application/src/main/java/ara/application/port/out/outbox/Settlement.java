package ara.application.port.out.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How one claimed event ends a dispatcher's round: the attempts made, and what becomes of the event. Immutable.
 *
 * @param attempts the attempts of this round, in the order they were made (recorded whether or not the holder still
 *                 holds the event: they happened)
 * @param at       when it was delivered or given up; for {@link Ending#RETRY}, when it is due again
 * @param error    what went wrong, for a retry or a give-up
 */
public record Settlement(UUID event, String holder, List<DeliveryAttempt> attempts, Ending ending, Instant at,
                         Optional<String> error) {
    public Settlement {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(holder, "holder");
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
        if ((ending == Ending.DELIVERED) != error.isEmpty()) {
            throw new IllegalArgumentException("a delivered event has no error, any other ending one");
        }
        if (attempts.stream().anyMatch(attempt -> !attempt.event().equals(event))) {
            throw new IllegalArgumentException("every attempt must be of event " + event);
        }
    }

    /** What becomes of the event. */
    public enum Ending {
        /** Every channel has it: done. */
        DELIVERED,
        /** A channel failed: due again at {@link #at()}. */
        RETRY,
        /** Too old to keep trying: kept for the record, never due again. */
        GIVE_UP
    }
}
