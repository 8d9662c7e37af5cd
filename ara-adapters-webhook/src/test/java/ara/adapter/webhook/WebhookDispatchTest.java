package ara.adapter.webhook;

import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;
import ara.adapter.memory.InMemoryEventOutbox;
import ara.adapter.memory.InMemoryWebhookEndpoints;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.DeliveryAttempt.Outcome;
import ara.application.service.outbox.DispatchPolicy;
import ara.application.service.outbox.EventDispatcher;
import ara.application.service.webhook.WebhookChannels;
import ara.contract.AuditSamples;
import ara.contract.MovableClock;
import ara.contract.WebhookReceiver;
import ara.contract.WebhookReceiver.Delivery;
import ara.contract.WebhookReceiver.Reply;
import ara.domain.audit.Audit;
import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's dispatcher delivering through the webhook channels and the Jetty sender to a real receiver: an audit
 * started in the in-memory store yields an {@code audit.started} event that reaches the endpoint, after a retry when
 * the receiver first answers 500; an endpoint that fails for three days is disabled and an admin event recorded.
 */
class WebhookDispatchTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private final MovableClock clock = new MovableClock(start);
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository(new InMemoryChatRepository(), outbox);
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final JettyWebhookSender sender = new JettyWebhookSender(WebhookSettings.defaults(true),
            HostResolver.system(), Clock.systemUTC());
    private final EventDispatcher dispatcher = new EventDispatcher(outbox,
            new WebhookChannels(endpoints, sender, log, clock), AuditMetrics.none(), clock, () -> 0.0,
            new DispatchPolicy(10, Duration.ofMinutes(1), Duration.ofSeconds(10), Duration.ofHours(1),
                    Duration.ofDays(5)), "dispatcher-1");

    @AfterEach
    void stop() {
        sender.close();
        receiver.close();
    }

    private WebhookEndpoint register(Set<EventType> types) {
        WebhookSecret secret = JettyWebhookSenderTest.secret();
        receiver.verifyWith(secret.encoded());
        WebhookEndpoint endpoint = WebhookEndpoint.register(new WebhookEndpointId(UUID.randomUUID()), receiver.url(),
                types, "test", secret, start.minusSeconds(1));
        endpoints.save(endpoint);
        return endpoint;
    }

    private Audit startAudit() {
        return audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), start));
    }

    @Test
    void retriesAfterA500AndThenDelivers() {
        WebhookEndpoint endpoint = register(Set.of(EventType.AUDIT_STARTED));
        receiver.reply(Reply.status(500));
        Audit audit = startAudit();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        Delivery first = receiver.take(WAIT);
        assertThat(endpoints.find(endpoint.id()).orElseThrow().failingSince()).isPresent();
        assertThat(dispatcher.dispatchDue()).as("not due before its back-off").isZero();

        clock.advance(Duration.ofSeconds(11));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        Delivery second = receiver.take(WAIT);

        assertThat(second.problem()).isEmpty();
        assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id"));
        assertThat(second.bodyText()).contains("\"type\":\"audit.started\"")
                .contains(audit.id().value().toString());
        UUID event = UUID.fromString(second.header("webhook-id"));
        assertThat(outbox.attempts(event)).extracting(DeliveryAttempt::channel, DeliveryAttempt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(endpoint.id().channel(), Outcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple(endpoint.id().channel(), Outcome.DELIVERED));
        assertThat(outbox.attempts(event).getFirst().error()).hasValueSatisfying(
                error -> assertThat(error).contains("answered 500"));
        assertThat(endpoints.find(endpoint.id()).orElseThrow().failingSince()).isEmpty();
        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void sendsOnlyTheTypesAnEndpointWants() {
        register(Set.of(EventType.AUDIT_SUBMITTED));
        startAudit();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(receiver.pending()).isEmpty();
    }

    @Test
    void disablesAnEndpointThatFailedForThreeDays() {
        WebhookEndpoint endpoint = register(Set.of(EventType.AUDIT_STARTED));
        for (int i = 0; i < 60; i++) {
            receiver.reply(Reply.status(503));
        }
        startAudit();

        dispatcher.dispatchDue();
        for (int i = 0; i < 12 * 4 && endpoints.find(endpoint.id()).orElseThrow().enabled(); i++) {
            clock.advance(Duration.ofHours(2));
            dispatcher.dispatchDue();
        }

        WebhookEndpoint disabled = endpoints.find(endpoint.id()).orElseThrow();
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).hasValueSatisfying(reason -> assertThat(reason).contains("3 days"));
        assertThat(Duration.between(disabled.failingSince().orElseThrow(), clock.instant()))
                .isGreaterThanOrEqualTo(WebhookChannels.DISABLE_AFTER);
        assertThat(log.count(WebhookChannels.DISABLED_ACTION, "success")).isEqualTo(1);
        int received = receiver.pending().size();
        clock.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertThat(receiver.pending()).as("a disabled endpoint gets nothing").hasSize(received);
    }
}
