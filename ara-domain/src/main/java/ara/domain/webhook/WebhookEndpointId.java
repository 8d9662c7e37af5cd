package ara.domain.webhook;

import java.util.Objects;
import java.util.UUID;

/** Identifies a webhook endpoint; its channel in the outbox is {@code webhook:<id>}. */
public record WebhookEndpointId(UUID value) {
    public WebhookEndpointId {
        Objects.requireNonNull(value, "value");
    }

    /** The outbox channel of this endpoint's deliveries. */
    public String channel() {
        return "webhook:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
