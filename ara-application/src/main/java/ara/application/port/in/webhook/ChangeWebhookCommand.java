package ara.application.port.in.webhook;

import ara.domain.event.EventType;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The changes to an endpoint; what is empty stays as it is. Immutable. */
public record ChangeWebhookCommand(Optional<URI> url, Optional<Set<EventType>> eventTypes,
                                   Optional<String> description, Optional<Boolean> enabled) {
    public ChangeWebhookCommand {
        Objects.requireNonNull(url, "url");
        eventTypes = Objects.requireNonNull(eventTypes, "eventTypes").map(Set::copyOf);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(enabled, "enabled");
        if (eventTypes.filter(Set::isEmpty).isPresent()) {
            throw new IllegalArgumentException("eventTypes must name at least one event type");
        }
    }
}
