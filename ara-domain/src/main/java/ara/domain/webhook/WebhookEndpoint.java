package ara.domain.webhook;

import ara.domain.event.EventType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A webhook endpoint an admin registered: the URL events are posted to, the event types it wants, its signing
 * secret (and, for a while after a rotation, the previous one, which still signs), whether it is enabled (and why
 * not), and since when every delivery to it has failed. Immutable: each change returns a new endpoint.
 *
 * @param previousSecret the secret before the last rotation, still signing until {@code previousUntil}
 * @param failingSince   when the first of an unbroken run of failed deliveries happened; empty after a success
 * @param disabledReason why it is disabled; empty when enabled
 */
public record WebhookEndpoint(WebhookEndpointId id, URI url, Set<EventType> eventTypes, String description,
                              WebhookSecret secret, Optional<WebhookSecret> previousSecret,
                              Optional<Instant> previousUntil, boolean enabled, Optional<String> disabledReason,
                              Optional<Instant> failingSince, Instant createdAt, Instant updatedAt) {
    /** The longest description kept. */
    public static final int MAX_DESCRIPTION = 500;
    /** The longest URL accepted. */
    public static final int MAX_URL = 2000;

    public WebhookEndpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(eventTypes, "eventTypes");
        eventTypes = eventTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(eventTypes));
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(previousSecret, "previousSecret");
        Objects.requireNonNull(previousUntil, "previousUntil");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("eventTypes must name at least one event type");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (url.toString().length() > MAX_URL || !url.isAbsolute() || url.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute URL with a host, at most " + MAX_URL
                    + " characters");
        }
        if (previousSecret.isPresent() != previousUntil.isPresent()) {
            throw new IllegalArgumentException("previousSecret and previousUntil come together");
        }
        if (enabled == disabledReason.isPresent()) {
            throw new IllegalArgumentException("a disabled endpoint has a reason, an enabled one none");
        }
    }

    /** A new, enabled endpoint. */
    public static WebhookEndpoint register(WebhookEndpointId id, URI url, Set<EventType> eventTypes,
                                           String description, WebhookSecret secret, Instant now) {
        return new WebhookEndpoint(id, url, eventTypes, description, secret, Optional.empty(), Optional.empty(),
                true, Optional.empty(), Optional.empty(), now, now);
    }

    /**
     * Whether an event of {@code type} that occurred at {@code occurredAt} goes to this endpoint: it is enabled,
     * wants the type, and existed when the event occurred (a new endpoint is not sent the past).
     */
    public boolean wants(EventType type, Instant occurredAt) {
        return enabled && eventTypes.contains(type) && !occurredAt.isBefore(createdAt);
    }

    /** The secrets that sign a delivery at {@code now}: the current one, and the previous one while it overlaps. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        List<WebhookSecret> secrets = new ArrayList<>(List.of(secret));
        previousSecret.filter(previous -> now.isBefore(previousUntil.orElseThrow())).ifPresent(secrets::add);
        return List.copyOf(secrets);
    }

    /** Signs with {@code next} from now on; the current secret still signs for {@code overlap}. */
    public WebhookEndpoint rotated(WebhookSecret next, Instant now, Duration overlap) {
        return new WebhookEndpoint(id, url, eventTypes, description, next, Optional.of(secret),
                Optional.of(now.plus(overlap)), enabled, disabledReason, failingSince, createdAt, now);
    }

    /** The admin's changes; enabling again forgets the failures that disabled it. */
    public WebhookEndpoint changed(URI newUrl, Set<EventType> newTypes, String newDescription, boolean enable,
                                   Instant now) {
        Optional<String> reason = enable ? Optional.empty()
                : Optional.of(disabledReason.orElse("disabled by an admin"));
        Optional<Instant> failing = enable && !enabled ? Optional.empty() : failingSince;
        return new WebhookEndpoint(id, newUrl, newTypes, newDescription, secret, previousSecret, previousUntil,
                enable, reason, failing, createdAt, now);
    }

    /** A delivery failed at {@code now}: the run of failures starts now unless it already had. */
    public WebhookEndpoint failed(Instant now) {
        return failingSince.isPresent() ? this : new WebhookEndpoint(id, url, eventTypes, description, secret,
                previousSecret, previousUntil, enabled, disabledReason, Optional.of(now), createdAt, now);
    }

    /** A delivery succeeded: the run of failures, if any, is over. */
    public WebhookEndpoint succeeded(Instant now) {
        return failingSince.isEmpty() ? this : new WebhookEndpoint(id, url, eventTypes, description, secret,
                previousSecret, previousUntil, enabled, disabledReason, Optional.empty(), createdAt, now);
    }

    /** Whether every delivery has failed for at least {@code limit} by {@code now}. */
    public boolean failingFor(Duration limit, Instant now) {
        return failingSince.filter(since -> !now.isBefore(since.plus(limit))).isPresent();
    }

    /** Disabled for {@code reason}; no event goes to it until an admin enables it again. */
    public WebhookEndpoint disabled(String reason, Instant now) {
        return new WebhookEndpoint(id, url, eventTypes, description, secret, previousSecret, previousUntil, false,
                Optional.of(reason), failingSince, createdAt, now);
    }
}
