package ara.application.port.in.webhook;

import java.util.Objects;
import java.util.UUID;

/** No event with this id is kept (never stored, or removed by retention). */
public final class WebhookEventNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final UUID event;

    public WebhookEventNotFound(UUID event) {
        super("event " + event + " not found");
        this.event = Objects.requireNonNull(event, "event");
    }

    public UUID event() {
        return event;
    }
}
