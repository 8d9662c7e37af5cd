package ara.application.service.webhook;

import ara.application.port.out.webhook.WebhookDeliveryFailed;
import ara.application.port.out.webhook.WebhookSender;
import ara.application.port.out.webhook.WebhookTargetRefused;
import ara.domain.event.DomainEvent;
import ara.domain.webhook.WebhookSecret;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A webhook sender for tests: refuses the hosts it was told to, keeps the URLs it checked and the deliveries it
 * made, and fails every delivery while told to. Thread-safe.
 */
final class RecordingWebhookSender implements WebhookSender {
    /** One delivery as the receiver would have got it. */
    record Sent(URI url, List<WebhookSecret> secrets, DomainEvent event) {
    }

    private final Set<String> refusedHosts = new HashSet<>();
    private final List<URI> checked = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private boolean failing;

    @Override
    public synchronized void check(URI url) {
        checked.add(url);
        if (refusedHosts.contains(url.getHost())) {
            throw new WebhookTargetRefused("resolves to a private address");
        }
    }

    @Override
    public synchronized void send(URI url, List<WebhookSecret> secrets, DomainEvent event) {
        if (failing) {
            throw new WebhookDeliveryFailed("the receiver answered 500");
        }
        sent.add(new Sent(url, List.copyOf(secrets), event));
    }

    synchronized void refuse(String host) {
        refusedHosts.add(host);
    }

    synchronized void failing(boolean failing) {
        this.failing = failing;
    }

    synchronized List<URI> checked() {
        return List.copyOf(checked);
    }

    synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }
}
