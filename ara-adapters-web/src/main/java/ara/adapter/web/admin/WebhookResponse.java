package ara.adapter.web.admin;

import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;

import java.time.Instant;
import java.util.List;

/** One webhook endpoint in the admin answers; never its secrets. Immutable. */
record WebhookResponse(String id, String url, List<String> eventTypes, String description, boolean enabled,
                       String disabledReason, String failingSince, String previousSecretUntil, String createdAt,
                       String updatedAt) {

    static WebhookResponse from(WebhookEndpoint endpoint) {
        return new WebhookResponse(endpoint.id().toString(), endpoint.url().toString(),
                endpoint.eventTypes().stream().map(EventType::code).sorted().toList(), endpoint.description(),
                endpoint.enabled(), endpoint.disabledReason().orElse(null),
                endpoint.failingSince().map(Instant::toString).orElse(null),
                endpoint.previousUntil().map(Instant::toString).orElse(null), endpoint.createdAt().toString(),
                endpoint.updatedAt().toString());
    }
}
