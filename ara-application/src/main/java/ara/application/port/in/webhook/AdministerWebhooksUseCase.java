package ara.application.port.in.webhook;

import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;

import java.util.List;
import java.util.UUID;

/**
 * Use case: admins manage the webhook endpoints of the deployment. Targets are checked against the server-side
 * request forgery rules when registered and when their URL changes.
 */
public interface AdministerWebhooksUseCase {

    /**
     * Registers an endpoint with a new secret, shown only in this answer.
     *
     * @throws ara.application.port.out.webhook.WebhookTargetRefused when the URL may not be called
     */
    RegisteredWebhookView register(RegisterWebhookCommand command);

    /** Every endpoint, oldest first. */
    List<WebhookEndpoint> list();

    /** @throws WebhookNotFound when there is none with this id */
    WebhookEndpoint get(WebhookEndpointId id);

    /**
     * Applies the changes the command carries.
     *
     * @throws WebhookNotFound when there is none with this id
     * @throws ara.application.port.out.webhook.WebhookTargetRefused when a new URL may not be called
     */
    WebhookEndpoint change(WebhookEndpointId id, ChangeWebhookCommand command);

    /** @throws WebhookNotFound when there is none with this id */
    void delete(WebhookEndpointId id);

    /**
     * A new secret, shown only in this answer; the previous one still signs for {@link #ROTATION_OVERLAP_HOURS} hours.
     *
     * @throws WebhookNotFound when there is none with this id
     */
    RegisteredWebhookView rotateSecret(WebhookEndpointId id);

    /**
     * The endpoint's delivery attempts, newest first: {@code limit} after skipping {@code offset}.
     *
     * @throws WebhookNotFound when there is none with this id
     */
    List<WebhookDeliveryView> deliveries(WebhookEndpointId id, int offset, int limit);

    /**
     * Delivers the event to the endpoint again, now, and records the attempt with its others.
     *
     * @throws WebhookNotFound when there is no endpoint with this id
     * @throws WebhookEventNotFound when the event is not kept
     */
    WebhookDeliveryView replay(WebhookEndpointId id, UUID event);

    /** How long the previous secret still signs after a rotation. */
    int ROTATION_OVERLAP_HOURS = 24;
}
