package ara.application.port.in.webhook;

import ara.domain.webhook.WebhookEndpointId;

import java.util.Objects;

/** No webhook endpoint has this id. */
public final class WebhookNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient WebhookEndpointId id;

    public WebhookNotFound(WebhookEndpointId id) {
        super("webhook endpoint " + id + " not found");
        this.id = Objects.requireNonNull(id, "id");
    }

    public WebhookEndpointId id() {
        return id;
    }
}
