package ara.application.port.out.webhook;

import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;

import java.util.List;
import java.util.Optional;

/** Outbound port: stores the webhook endpoints admins registered, secrets included. Thread-safe. */
public interface WebhookEndpoints {

    /** Stores a new endpoint or replaces the stored one with the same id. */
    void save(WebhookEndpoint endpoint);

    Optional<WebhookEndpoint> find(WebhookEndpointId id);

    /** Every endpoint, oldest first. */
    List<WebhookEndpoint> all();

    /** Removes the endpoint; false when there was none. */
    boolean delete(WebhookEndpointId id);
}
