package ara.application.port.out.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to hand an event to one channel. Immutable.
 *
 * @param attempt  the event's attempt number (its claim count) when this was tried
 * @param at       when the attempt started
 * @param error    what went wrong, for operators (never a secret), when it failed
 * @param duration how long the attempt took
 */
public record DeliveryAttempt(UUID event, String channel, int attempt, Instant at, Outcome outcome,
                              Optional<String> error, Duration duration) {
    /** The longest error text kept. */
    public static final int MAX_ERROR = 1000;

    public DeliveryAttempt {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(duration, "duration");
        error = Objects.requireNonNull(error, "error").map(DeliveryAttempt::shortened);
        if (outcome == Outcome.DELIVERED && error.isPresent()) {
            throw new IllegalArgumentException("a delivered attempt has no error");
        }
    }

    /** An error text cut to what the store keeps. */
    public static String shortened(String text) {
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }

    /** How an attempt ended. */
    public enum Outcome {
        DELIVERED, FAILED;

        /** The lower-case word metrics and the store use. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
