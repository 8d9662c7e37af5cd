package ara.application.port.out.webhook;

import ara.domain.event.DomainEvent;
import ara.domain.webhook.WebhookSecret;

import java.net.URI;
import java.util.List;

/**
 * Outbound port: posts events to webhook endpoints, signed, and decides which targets may be reached at all
 * (server-side request forgery: only public addresses, checked again at each delivery). Thread-safe.
 */
public interface WebhookSender {

    /**
     * Checks that {@code url} may receive webhooks (scheme, and every address its host resolves to).
     *
     * @throws WebhookTargetRefused naming the rule it breaks
     */
    void check(URI url);

    /**
     * Posts the event to {@code url}, signed with each of {@code secrets}; returns once the receiver answered 2xx.
     *
     * @throws WebhookTargetRefused when the target is no longer allowed (its name now resolves elsewhere)
     * @throws WebhookDeliveryFailed when the receiver could not be reached, timed out or answered otherwise
     */
    void send(URI url, List<WebhookSecret> secrets, DomainEvent event);
}
