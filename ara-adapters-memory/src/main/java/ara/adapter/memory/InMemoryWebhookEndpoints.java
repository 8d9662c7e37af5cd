package ara.adapter.memory;

import ara.application.port.out.webhook.WebhookEndpoints;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory adapter: the webhook endpoints in a map, lost when the process ends. Thread-safe. */
public final class InMemoryWebhookEndpoints implements WebhookEndpoints {
    private final Map<WebhookEndpointId, WebhookEndpoint> endpoints = new ConcurrentHashMap<>();

    @Override
    public void save(WebhookEndpoint endpoint) {
        endpoints.put(endpoint.id(), endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> find(WebhookEndpointId id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    @Override
    public List<WebhookEndpoint> all() {
        return endpoints.values().stream()
                .sorted(Comparator.comparing(WebhookEndpoint::createdAt).thenComparing(e -> e.id().value()))
                .toList();
    }

    @Override
    public boolean delete(WebhookEndpointId id) {
        return endpoints.remove(id) != null;
    }
}
