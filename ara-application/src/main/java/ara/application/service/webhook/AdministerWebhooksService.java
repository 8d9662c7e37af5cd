package ara.application.service.webhook;

import ara.application.port.in.webhook.AdministerWebhooksUseCase;
import ara.application.port.in.webhook.ChangeWebhookCommand;
import ara.application.port.in.webhook.RegisterWebhookCommand;
import ara.application.port.in.webhook.RegisteredWebhookView;
import ara.application.port.in.webhook.WebhookDeliveryView;
import ara.application.port.in.webhook.WebhookEventNotFound;
import ara.application.port.in.webhook.WebhookNotFound;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.DeliveryAttempt.Outcome;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.webhook.WebhookEndpoints;
import ara.application.port.out.webhook.WebhookSender;
import ara.domain.event.DomainEvent;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Service: admins' management of webhook endpoints, with fresh 32-byte secrets; their deliveries are the outbox's
 * attempts of their channel, and a replay is one more attempt recorded there. Thread-safe.
 */
public final class AdministerWebhooksService implements AdministerWebhooksUseCase {
    private static final int SECRET_BYTES = 32;

    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final SecretGenerator secrets;
    private final UniqueIdGenerator ids;
    private final EventOutbox outbox;
    private final WebhookChannels channels;
    private final Clock clock;

    /** @param channels delivers replays (and keeps the endpoint's run of failures as dispatched deliveries do) */
    public AdministerWebhooksService(WebhookEndpoints endpoints, WebhookSender sender, SecretGenerator secrets,
                                     UniqueIdGenerator ids, EventOutbox outbox, WebhookChannels channels,
                                     Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RegisteredWebhookView register(RegisterWebhookCommand command) {
        sender.check(command.url());
        WebhookSecret secret = newSecret();
        WebhookEndpoint endpoint = WebhookEndpoint.register(new WebhookEndpointId(ids.next()), command.url(),
                command.eventTypes(), command.description(), secret, clock.instant());
        endpoints.save(endpoint);
        return new RegisteredWebhookView(endpoint, secret);
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
    public RegisteredWebhookView rotateSecret(WebhookEndpointId id) {
        WebhookSecret secret = newSecret();
        WebhookEndpoint rotated = get(id).rotated(secret, clock.instant(), Duration.ofHours(ROTATION_OVERLAP_HOURS));
        endpoints.save(rotated);
        return new RegisteredWebhookView(rotated, secret);
    }

    @Override
    public List<WebhookDeliveryView> deliveries(WebhookEndpointId id, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must not be negative and limit must be positive");
        }
        return outbox.attemptsOf(get(id).id().channel(), offset, limit).stream()
                .map(AdministerWebhooksService::delivery).toList();
    }

    @Override
    public WebhookDeliveryView replay(WebhookEndpointId id, UUID eventId) {
        String channel = get(id).id().channel();
        DomainEvent event = outbox.find(eventId).orElseThrow(() -> new WebhookEventNotFound(eventId));
        int attempt = (int) outbox.attempts(eventId).stream().filter(each -> each.channel().equals(channel))
                .count() + 1;
        Instant started = clock.instant();
        Optional<String> error;
        try {
            channels.deliverNow(id, event);
            error = Optional.empty();
        } catch (RuntimeException e) {
            error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant finished = clock.instant();
        DeliveryAttempt recorded = new DeliveryAttempt(eventId, channel, attempt, started,
                error.isEmpty() ? Outcome.DELIVERED : Outcome.FAILED, error, Duration.between(started, finished));
        outbox.recordAttempt(recorded);
        return delivery(recorded);
    }

    private static WebhookDeliveryView delivery(DeliveryAttempt attempt) {
        return new WebhookDeliveryView(attempt.event(), attempt.attempt(), attempt.at(),
                attempt.outcome() == Outcome.DELIVERED, attempt.error(), attempt.duration());
    }

    private WebhookSecret newSecret() {
        return WebhookSecret.of(secrets.randomBytes(SECRET_BYTES));
    }
}
