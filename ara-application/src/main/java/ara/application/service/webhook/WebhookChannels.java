package ara.application.service.webhook;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.outbox.EventChannels;
import ara.application.port.out.outbox.EventSubscriber;
import ara.application.port.out.webhook.WebhookEndpoints;
import ara.application.port.out.webhook.WebhookSender;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Service: the webhook channels of the outbox, one subscriber per enabled endpoint that wants the event's type and
 * existed when it occurred ({@code webhook:<endpoint id>}), so a failing endpoint is retried alone. Each delivery
 * reads its endpoint again (it may have been disabled or rotated meanwhile), signs with the secrets valid now, and
 * keeps the endpoint's run of failures: an endpoint whose deliveries all failed for {@link #DISABLE_AFTER} is
 * disabled and an admin event {@value #DISABLED_ACTION} recorded. Thread-safe.
 */
public final class WebhookChannels implements EventChannels {
    /** How long every delivery must fail before the endpoint is disabled. */
    public static final Duration DISABLE_AFTER = Duration.ofDays(3);
    /** The audit log's action when an endpoint is disabled for failing. */
    public static final String DISABLED_ACTION = "webhook.disabled";

    private final WebhookEndpoints endpoints;
    private final WebhookSender sender;
    private final AuditLog log;
    private final Clock clock;

    public WebhookChannels(WebhookEndpoints endpoints, WebhookSender sender, AuditLog log, Clock clock) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<EventSubscriber> subscribersOf(DomainEvent event) {
        return endpoints.all().stream()
                .filter(endpoint -> endpoint.wants(event.type(), event.occurredAt()))
                .map(endpoint -> (EventSubscriber) new Endpoint(endpoint.id()))
                .toList();
    }

    /**
     * Delivers the event to one endpoint now, whether or not it wants it (an admin's replay), keeping its run of
     * failures as a dispatched delivery does.
     *
     * @throws RuntimeException when it failed
     */
    public void deliverNow(WebhookEndpointId id, DomainEvent event) {
        new Endpoint(id).deliver(event);
    }

    /** One endpoint as a subscriber. */
    private final class Endpoint implements EventSubscriber {
        private final WebhookEndpointId id;

        Endpoint(WebhookEndpointId id) {
            this.id = id;
        }

        @Override
        public String channel() {
            return id.channel();
        }

        @Override
        public boolean wants(EventType type) {
            return true;
        }

        @Override
        public void deliver(DomainEvent event) {
            WebhookEndpoint endpoint = endpoints.find(id)
                    .orElseThrow(() -> new IllegalStateException("webhook endpoint " + id + " was deleted"));
            try {
                sender.send(endpoint.url(), endpoint.signingSecrets(clock.instant()), event);
            } catch (RuntimeException e) {
                failed(endpoint);
                throw e;
            }
            WebhookEndpoint succeeded = endpoint.succeeded(clock.instant());
            if (succeeded != endpoint) {
                endpoints.save(succeeded);
            }
        }

        private void failed(WebhookEndpoint endpoint) {
            Instant now = clock.instant();
            WebhookEndpoint failing = endpoint.failed(now);
            if (failing.enabled() && failing.failingFor(DISABLE_AFTER, now)) {
                endpoints.save(failing.disabled("every delivery failed for " + DISABLE_AFTER.toDays() + " days", now));
                log.record(new AuditEvent(now, "system", DISABLED_ACTION, channel(), AuditEvent.SUCCESS, null, null));
            } else if (failing != endpoint) {
                endpoints.save(failing);
            }
        }
    }
}
