package ara.application.service.webhook;

import ara.adapter.memory.InMemoryWebhookEndpoints;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.outbox.EventSubscriber;
import ara.application.port.out.webhook.WebhookDeliveryFailed;
import ara.domain.audit.AuditId;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook channels over the in-memory endpoints and audit log, delivering through a recording sender. */
class WebhookChannelsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final RecordingWebhookSender sender = new RecordingWebhookSender();
    private final WebhookChannels channels = new WebhookChannels(endpoints, sender, ports.log, ports.clock);
    /** An {@code audit.started} event at the start of the test. */
    private final DomainEvent event = started();

    private WebhookSecret secret() {
        return WebhookSecret.of(ports.secrets.randomBytes(32));
    }

    private WebhookEndpoint endpoint(String host, Set<EventType> types, Instant createdAt) {
        WebhookEndpoint endpoint = WebhookEndpoint.register(new WebhookEndpointId(ports.ids.next()),
                URI.create("https://" + host + "/hook"), types, host, secret(), createdAt);
        endpoints.save(endpoint);
        return endpoint;
    }

    private WebhookEndpoint endpoint(String host) {
        return endpoint(host, Set.of(EventType.AUDIT_STARTED), InMemoryPorts.START);
    }

    private DomainEvent event(EventType type, Instant occurredAt) {
        UUID audit = ports.ids.next();
        return new DomainEvent(DomainEvent.idOf(type, audit, 1), type, occurredAt,
                new AuditId(audit), Optional.empty(), "draft", Optional.empty(), OptionalInt.empty(),
                OptionalInt.empty(), Optional.empty());
    }

    private DomainEvent started() {
        return event(EventType.AUDIT_STARTED, ports.clock.instant());
    }

    private EventSubscriber subscriberOf(WebhookEndpoint endpoint, DomainEvent event) {
        return channels.subscribersOf(event).stream()
                .filter(subscriber -> subscriber.channel().equals(endpoint.id().channel())).findFirst().orElseThrow();
    }

    private WebhookEndpoint stored(WebhookEndpoint endpoint) {
        return endpoints.find(endpoint.id()).orElseThrow();
    }

    @Test
    void oneSubscriberPerEnabledEndpointThatWantsTheTypeAndExistedWhenItOccurred() {
        ports.clock.advance(Duration.ofHours(1));
        WebhookEndpoint wanting = endpoint("a.example");
        WebhookEndpoint otherType = endpoint("b.example", Set.of(EventType.REPORT_READY), InMemoryPorts.START);
        WebhookEndpoint later = endpoint("c.example", Set.of(EventType.AUDIT_STARTED),
                ports.clock.instant().plusSeconds(1));
        WebhookEndpoint disabled = endpoint("d.example");
        endpoints.save(disabled.disabled("disabled by an admin", ports.clock.instant()));
        WebhookEndpoint both = endpoint("e.example", Set.of(EventType.AUDIT_STARTED, EventType.REPORT_READY),
                InMemoryPorts.START);

        List<EventSubscriber> subscribers = channels.subscribersOf(started());

        assertThat(subscribers).extracting(EventSubscriber::channel)
                .containsExactly(wanting.id().channel(), both.id().channel())
                .doesNotContain(otherType.id().channel(), later.id().channel(), disabled.id().channel());
        assertThat(channels.subscribersOf(event(EventType.REPORT_READY, ports.clock.instant())))
                .extracting(EventSubscriber::channel).containsExactly(otherType.id().channel(), both.id().channel());
        assertThat(channels.subscribersOf(event(EventType.AUDIT_SUBMITTED, ports.clock.instant()))).isEmpty();
    }

    @Test
    void deliversTheEventToTheEndpointsUrlSignedWithItsSecret() {
        WebhookEndpoint endpoint = endpoint("a.example");

        subscriberOf(endpoint, event).deliver(event);

        assertThat(sender.sent()).containsExactly(
                new RecordingWebhookSender.Sent(endpoint.url(), List.of(endpoint.secret()), event));
        assertThat(stored(endpoint)).isEqualTo(endpoint);
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void readsTheEndpointAgainAtEachDeliveryAndSignsWithTheSecretsValidNow() {
        WebhookEndpoint endpoint = endpoint("a.example");
        EventSubscriber subscriber = subscriberOf(endpoint, event);
        WebhookSecret next = secret();
        endpoints.save(endpoint.rotated(next, ports.clock.instant(), Duration.ofHours(24)));

        subscriber.deliver(event);
        ports.clock.advance(Duration.ofHours(24));
        subscriber.deliver(event);

        assertThat(sender.sent()).extracting(RecordingWebhookSender.Sent::secrets)
                .containsExactly(List.of(next, endpoint.secret()), List.of(next));
    }

    @Test
    void anEndpointDeletedMeanwhileFailsTheDeliveryWithoutSending() {
        WebhookEndpoint endpoint = endpoint("a.example");
        EventSubscriber subscriber = subscriberOf(endpoint, event);
        endpoints.delete(endpoint.id());

        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(endpoint.id().toString());
        assertThat(sender.sent()).isEmpty();
    }

    @Test
    void aFailureStartsTheRunOfFailuresAndASuccessEndsIt() {
        WebhookEndpoint endpoint = endpoint("a.example");
        EventSubscriber subscriber = subscriberOf(endpoint, event);
        sender.failing(true);
        Instant firstFailure = ports.clock.instant().plusSeconds(5);
        ports.clock.set(firstFailure);

        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(WebhookDeliveryFailed.class)
                .hasMessageContaining("500");
        ports.clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(WebhookDeliveryFailed.class);
        assertThat(stored(endpoint).failingSince()).contains(firstFailure);
        assertThat(stored(endpoint).enabled()).isTrue();

        sender.failing(false);
        subscriber.deliver(event);

        assertThat(stored(endpoint).failingSince()).isEmpty();
        assertThat(stored(endpoint).enabled()).isTrue();
        assertThat(sender.sent()).hasSize(1);
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void anEndpointWhoseDeliveriesAllFailedForThreeDaysIsDisabledAndAnAdminEventRecorded() {
        WebhookEndpoint endpoint = endpoint("a.example");
        EventSubscriber subscriber = subscriberOf(endpoint, event);
        sender.failing(true);
        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(WebhookDeliveryFailed.class);

        ports.clock.advance(WebhookChannels.DISABLE_AFTER.minusSeconds(1));
        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(WebhookDeliveryFailed.class);
        assertThat(stored(endpoint).enabled()).isTrue();
        assertThat(ports.log.latest(10)).isEmpty();

        ports.clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(WebhookDeliveryFailed.class);

        WebhookEndpoint disabled = stored(endpoint);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).hasValueSatisfying(reason -> assertThat(reason).contains("3 days"));
        assertThat(ports.log.latest(10)).singleElement().satisfies(recorded -> {
            assertThat(recorded.action()).isEqualTo(WebhookChannels.DISABLED_ACTION);
            assertThat(recorded.actor()).isEqualTo("system");
            assertThat(recorded.target()).isEqualTo(endpoint.id().channel());
            assertThat(recorded.outcome()).isEqualTo(AuditEvent.SUCCESS);
            assertThat(recorded.at()).isEqualTo(ports.clock.instant());
        });
        assertThat(channels.subscribersOf(started())).isEmpty();

        ports.clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> subscriber.deliver(event)).isInstanceOf(WebhookDeliveryFailed.class);
        assertThat(ports.log.latest(10)).hasSize(1);
    }

    @Test
    void deliverNowSendsEvenWhatTheEndpointDoesNotWantAndKeepsItsRunOfFailures() {
        WebhookEndpoint endpoint = endpoint("a.example", Set.of(EventType.REPORT_READY), InMemoryPorts.START);
        endpoints.save(endpoint.disabled("disabled by an admin", ports.clock.instant()));
        DomainEvent event = event(EventType.AUDIT_STARTED, InMemoryPorts.START.minusSeconds(60));

        channels.deliverNow(endpoint.id(), event);
        sender.failing(true);
        assertThatThrownBy(() -> channels.deliverNow(endpoint.id(), event))
                .isInstanceOf(WebhookDeliveryFailed.class);

        assertThat(sender.sent()).extracting(RecordingWebhookSender.Sent::event).containsExactly(event);
        assertThat(stored(endpoint).failingSince()).contains(ports.clock.instant());
        assertThatThrownBy(() -> channels.deliverNow(new WebhookEndpointId(ports.ids.next()), event))
                .isInstanceOf(IllegalStateException.class);
    }
}
