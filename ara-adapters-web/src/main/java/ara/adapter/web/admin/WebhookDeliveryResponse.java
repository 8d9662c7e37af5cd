package ara.adapter.web.admin;

import ara.application.port.in.webhook.WebhookDeliveryView;

/** One delivery attempt of an endpoint. Immutable. */
record WebhookDeliveryResponse(String eventId, int attempt, String at, String outcome, String error,
                               long durationMillis) {

    static WebhookDeliveryResponse from(WebhookDeliveryView delivery) {
        return new WebhookDeliveryResponse(delivery.event().toString(), delivery.attempt(), delivery.at().toString(),
                delivery.delivered() ? "delivered" : "failed", delivery.error().orElse(null),
                delivery.duration().toMillis());
    }
}
