package ara.application.port.in.webhook;

import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookSecret;

import java.util.Objects;

/** An endpoint with its new secret, which the admin sees this once. Immutable. */
public record RegisteredWebhookView(WebhookEndpoint endpoint, WebhookSecret secret) {
    public RegisteredWebhookView {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(secret, "secret");
    }
}
