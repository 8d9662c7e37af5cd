package ara.application.port.in.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to deliver an event to an endpoint, as admins see it. Immutable.
 *
 * @param event     the event's id (the {@code webhook-id} the receiver saw)
 * @param attempt   the event's attempt number when this was tried
 * @param delivered whether the receiver answered 2xx
 * @param error     what went wrong, when it failed
 */
public record WebhookDeliveryView(UUID event, int attempt, Instant at, boolean delivered, Optional<String> error,
                              Duration duration) {
    public WebhookDeliveryView {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(duration, "duration");
    }
}
