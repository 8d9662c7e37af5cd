package ara.application.port.in.webhook;

import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/** A new webhook endpoint: where to, which event types, and a description for admins. Immutable. */
public record RegisterWebhookCommand(URI url, Set<EventType> eventTypes, String description) {
    public RegisterWebhookCommand {
        Objects.requireNonNull(url, "url");
        eventTypes = Set.copyOf(Objects.requireNonNull(eventTypes, "eventTypes"));
        Objects.requireNonNull(description, "description");
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("eventTypes must name at least one event type");
        }
        if (description.length() > WebhookEndpoint.MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + WebhookEndpoint.MAX_DESCRIPTION
                    + " characters");
        }
    }
}
