package ara.adapter.web.admin;

import ara.application.port.in.webhook.RegisteredWebhookView;

/** An endpoint with its new secret: the only answer that ever shows it. Immutable. */
record WebhookSecretResponse(WebhookResponse endpoint, String secret) {

    static WebhookSecretResponse from(RegisteredWebhookView registered) {
        return new WebhookSecretResponse(WebhookResponse.from(registered.endpoint()),
                registered.secret().encoded());
    }
}
