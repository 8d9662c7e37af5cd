package ara.adapter.memory;

import ara.application.port.out.webhook.WebhookEndpoints;
import ara.contract.WebhookEndpointsContract;

/** The in-memory webhook endpoints against the contract. */
class InMemoryWebhookEndpointsTest extends WebhookEndpointsContract {
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();

    @Override
    protected WebhookEndpoints endpoints() {
        return endpoints;
    }
}
