package ara.application.service.webhook;

import ara.application.port.in.webhook.AdministerWebhooksUseCase;
import ara.application.port.in.webhook.ChangeWebhookCommand;
import ara.application.port.in.webhook.RegisterWebhookCommand;
import ara.application.port.in.webhook.RegisteredWebhook;
import ara.application.port.in.webhook.WebhookNotFound;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.webhook.WebhookEndpoints;
import ara.application.port.out.webhook.WebhookSender;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Service: admins' management of webhook endpoints, with fresh 32-byte secrets. Thread-safe. */
public final class AdministerWebhooksService implements AdministerWebhooksUseCase {
    private static final int SECRET_BYTES = 32;

    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final SecretGenerator secrets;
    private final UniqueIdGenerator ids;
    private final Clock clock;

    public AdministerWebhooksService(WebhookEndpoints endpoints, WebhookSender sender, SecretGenerator secrets,
                                     UniqueIdGenerator ids, Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RegisteredWebhook register(RegisterWebhookCommand command) {
        sender.check(command.url());
        WebhookSecret secret = newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.register(new WebhookEndpointId(ids.next()), command.url(),
                command.eventTypes(), command.description(), secret, clock.instant());
        endpoints.save(endpoint);
        return new RegisteredWebhook(endpoint, secret);
    }

    @Override
    public List<WebhookEndpoint> list() {
        return endpoints.all();
    }

    @Override
    public WebhookEndpoint get(WebhookEndpointId id) {
        return endpoints.find(id).orElseThrow(() -> new WebhookNotFound(id));
    }

    @Override
    public WebhookEndpoint change(WebhookEndpointId id, ChangeWebhookCommand command) {
        WebhookEndpoint endpoint = get(id);
        URI url = command.url().orElse(endpoint.url());
        if (!url.equals(endpoint.url())) {
            sender.check(url);
        }
        WebhookEndpoint changed = endpoint.changed(url, command.eventTypes().orElse(endpoint.eventTypes()),
                command.description().orElse(endpoint.description()), command.enabled().orElse(endpoint.enabled()),
                clock.instant());
        endpoints.save(changed);
        return changed;
    }

    @Override
    public void delete(WebhookEndpointId id) {
        if (!endpoints.delete(id)) {
            throw new WebhookNotFound(id);
        }
    }

    @Override
    public RegisteredWebhook rotateSecret(WebhookEndpointId id) {
        WebhookSecret secret = newSecret();
        WebhookEndpoint rotated = get(id).rotated(secret, clock.instant(), Duration.ofHours(ROTATION_OVERLAP_HOURS));
        endpoints.save(rotated);
        return new RegisteredWebhook(rotated, secret);
    }

    private WebhookSecret newSecret() {
        return WebhookSecret.of(secrets.randomBytes(SECRET_BYTES));
    }
}
