package ara.application.service.webhook;

import ara.adapter.memory.InMemoryWebhookEndpoints;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.webhook.AdministerWebhooksUseCase;
import ara.application.port.in.webhook.ChangeWebhookCommand;
import ara.application.port.in.webhook.RegisterWebhookCommand;
import ara.application.port.in.webhook.RegisteredWebhookView;
import ara.application.port.in.webhook.WebhookDeliveryView;
import ara.application.port.in.webhook.WebhookEventNotFound;
import ara.application.port.in.webhook.WebhookNotFound;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.DeliveryAttempt.Outcome;
import ara.application.port.out.webhook.WebhookTargetRefused;
import ara.contract.AuditSamples;
import ara.domain.audit.Audit;
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
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The admins' webhook service over the in-memory endpoints, outbox and audit log, with a recording sender. Who may
 * call it (admins only) is the web adapter's rule, covered by its access matrix; the service takes no caller.
 */
class AdministerWebhooksServiceTest {
    private static final URI URL = URI.create("https://hooks.example/ara");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryWebhookEndpoints endpoints = new InMemoryWebhookEndpoints();
    private final RecordingWebhookSender sender = new RecordingWebhookSender();
    private final WebhookChannels channels = new WebhookChannels(endpoints, sender, ports.log, ports.clock);
    private final AdministerWebhooksService service = new AdministerWebhooksService(endpoints, sender, ports.secrets,
            ports.ids, ports.outbox, channels, ports.clock);

    private RegisteredWebhookView register(URI url) {
        return service.register(new RegisterWebhookCommand(url, Set.of(EventType.AUDIT_STARTED), "CRM sync"));
    }

    private WebhookEndpointId registered() {
        return register(URL).endpoint().id();
    }

    /** Starts an audit, whose {@code audit.started} event the outbox keeps; returns the event's id. */
    private UUID startedEvent() {
        Audit audit = ports.audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), ports.clock.instant()));
        return DomainEvent.idOf(EventType.AUDIT_STARTED, audit.id().value(), audit.version());
    }

    private WebhookEndpointId unknown() {
        return new WebhookEndpointId(UUID.fromString("00000000-0000-4000-8000-00000000ffff"));
    }

    @Test
    void registersAnEnabledEndpointWithAFresh32ByteSecretShownOnce() {
        RegisteredWebhookView first = register(URL);
        ports.clock.advance(Duration.ofMinutes(1));
        RegisteredWebhookView second = register(URI.create("https://other.example/hook"));

        WebhookEndpoint endpoint = first.endpoint();
        assertThat(sender.checked()).containsExactly(URL, URI.create("https://other.example/hook"));
        assertThat(endpoint.url()).isEqualTo(URL);
        assertThat(endpoint.eventTypes()).containsExactly(EventType.AUDIT_STARTED);
        assertThat(endpoint.description()).isEqualTo("CRM sync");
        assertThat(endpoint.enabled()).isTrue();
        assertThat(endpoint.createdAt()).isEqualTo(InMemoryPorts.START);
        assertThat(first.secret()).isEqualTo(endpoint.secret());
        assertThat(first.secret().key()).hasSize(32);
        assertThat(first.secret().encoded()).startsWith(WebhookSecret.PREFIX);
        assertThat(second.secret()).isNotEqualTo(first.secret());
        assertThat(second.endpoint().id()).isNotEqualTo(endpoint.id());
        assertThat(service.get(endpoint.id())).isEqualTo(endpoint);
        assertThat(service.list()).extracting(WebhookEndpoint::id)
                .containsExactly(endpoint.id(), second.endpoint().id());
    }

    @Test
    void aRefusedTargetIsNotRegistered() {
        sender.refuse("10.0.0.1");

        assertThatThrownBy(() -> register(URI.create("https://10.0.0.1/hook")))
                .isInstanceOf(WebhookTargetRefused.class)
                .satisfies(e -> assertThat(((WebhookTargetRefused) e).rule()).contains("private address"));
        assertThat(service.list()).isEmpty();
    }

    @Test
    void anUnknownEndpointIsNotFoundByEveryOperation() {
        WebhookEndpointId id = unknown();
        ChangeWebhookCommand change = new ChangeWebhookCommand(Optional.empty(), Optional.empty(),
                Optional.of("x"), Optional.empty());
        UUID event = startedEvent();

        assertThatThrownBy(() -> service.get(id)).isInstanceOf(WebhookNotFound.class)
                .satisfies(e -> assertThat(((WebhookNotFound) e).id()).isEqualTo(id));
        assertThatThrownBy(() -> service.change(id, change)).isInstanceOf(WebhookNotFound.class);
        assertThatThrownBy(() -> service.delete(id)).isInstanceOf(WebhookNotFound.class);
        assertThatThrownBy(() -> service.rotateSecret(id)).isInstanceOf(WebhookNotFound.class);
        assertThatThrownBy(() -> service.deliveries(id, 0, 10)).isInstanceOf(WebhookNotFound.class);
        assertThatThrownBy(() -> service.replay(id, event)).isInstanceOf(WebhookNotFound.class);
        assertThat(ports.outbox.attempts(event)).isEmpty();
        assertThat(sender.sent()).isEmpty();
    }

    @Test
    void changesOnlyWhatTheCommandCarriesAndChecksOnlyANewUrl() {
        WebhookEndpointId id = registered();
        ports.clock.advance(Duration.ofMinutes(5));

        WebhookEndpoint described = service.change(id, new ChangeWebhookCommand(Optional.of(URL), Optional.empty(),
                Optional.of("billing"), Optional.empty()));

        assertThat(described.description()).isEqualTo("billing");
        assertThat(described.url()).isEqualTo(URL);
        assertThat(described.eventTypes()).containsExactly(EventType.AUDIT_STARTED);
        assertThat(described.enabled()).isTrue();
        assertThat(described.updatedAt()).isEqualTo(ports.clock.instant());
        assertThat(sender.checked()).containsExactly(URL);

        URI moved = URI.create("https://moved.example/hook");
        WebhookEndpoint changed = service.change(id, new ChangeWebhookCommand(Optional.of(moved),
                Optional.of(Set.of(EventType.REPORT_READY, EventType.REPORT_FAILED)), Optional.empty(),
                Optional.empty()));

        assertThat(sender.checked()).containsExactly(URL, moved);
        assertThat(changed.url()).isEqualTo(moved);
        assertThat(changed.eventTypes()).containsExactlyInAnyOrder(EventType.REPORT_READY, EventType.REPORT_FAILED);
        assertThat(changed.description()).isEqualTo("billing");
        assertThat(service.get(id)).isEqualTo(changed);
    }

    @Test
    void aRefusedNewUrlLeavesTheEndpointAsItWas() {
        WebhookEndpointId id = registered();
        WebhookEndpoint before = service.get(id);
        sender.refuse("localhost");

        assertThatThrownBy(() -> service.change(id, new ChangeWebhookCommand(
                Optional.of(URI.create("https://localhost/hook")), Optional.empty(), Optional.of("moved"),
                Optional.empty()))).isInstanceOf(WebhookTargetRefused.class);

        assertThat(service.get(id)).isEqualTo(before);
    }

    @Test
    void disablingAndEnablingAgainForgetsTheFailuresThatDisabledIt() {
        WebhookEndpointId id = registered();
        UUID event = startedEvent();
        sender.failing(true);
        service.replay(id, event);
        assertThat(service.get(id).failingSince()).contains(ports.clock.instant());

        WebhookEndpoint disabled = service.change(id, new ChangeWebhookCommand(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(false)));
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).contains("disabled by an admin");

        WebhookEndpoint enabled = service.change(id, new ChangeWebhookCommand(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true)));
        assertThat(enabled.enabled()).isTrue();
        assertThat(enabled.disabledReason()).isEmpty();
        assertThat(enabled.failingSince()).isEmpty();
        assertThat(service.get(id)).isEqualTo(enabled);
    }

    @Test
    void deletesAnEndpointOnce() {
        WebhookEndpointId kept = registered();
        WebhookEndpointId id = register(URI.create("https://other.example/hook")).endpoint().id();

        service.delete(id);

        assertThat(service.list()).extracting(WebhookEndpoint::id).containsExactly(kept);
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(WebhookNotFound.class);
        assertThatThrownBy(() -> service.delete(id)).isInstanceOf(WebhookNotFound.class);
    }

    @Test
    void aRotatedSecretIsNewAndThePreviousOneSignsFor24HoursMore() {
        RegisteredWebhookView registered = register(URL);
        WebhookEndpointId id = registered.endpoint().id();
        ports.clock.advance(Duration.ofHours(1));
        Instant rotatedAt = ports.clock.instant();

        RegisteredWebhookView rotated = service.rotateSecret(id);

        assertThat(rotated.secret()).isNotEqualTo(registered.secret());
        assertThat(rotated.secret().key()).hasSize(32);
        WebhookEndpoint stored = service.get(id);
        assertThat(stored).isEqualTo(rotated.endpoint());
        assertThat(stored.secret()).isEqualTo(rotated.secret());
        Duration overlap = Duration.ofHours(AdministerWebhooksUseCase.ROTATION_OVERLAP_HOURS);
        assertThat(stored.previousUntil()).contains(rotatedAt.plus(overlap));
        assertThat(stored.signingSecrets(rotatedAt.plus(overlap).minusSeconds(1)))
                .containsExactly(rotated.secret(), registered.secret());
        assertThat(stored.signingSecrets(rotatedAt.plus(overlap))).containsExactly(rotated.secret());
    }

    @Test
    void aReplayDeliversNowAndIsRecordedAsTheNextAttemptOfThisEndpointOnly() {
        WebhookEndpointId id = registered();
        UUID event = startedEvent();
        Instant dispatched = ports.clock.instant();
        ports.outbox.recordAttempt(new DeliveryAttempt(event, id.channel(), 1, dispatched, Outcome.FAILED,
                Optional.of("WebhookDeliveryFailed: the receiver answered 500"), Duration.ofMillis(30)));
        ports.outbox.recordAttempt(new DeliveryAttempt(event, "mail", 1, dispatched, Outcome.DELIVERED,
                Optional.empty(), Duration.ofMillis(5)));
        ports.clock.advance(Duration.ofMinutes(10));

        WebhookDeliveryView view = service.replay(id, event);

        assertThat(view.event()).isEqualTo(event);
        assertThat(view.attempt()).isEqualTo(2);
        assertThat(view.at()).isEqualTo(ports.clock.instant());
        assertThat(view.delivered()).isTrue();
        assertThat(view.error()).isEmpty();
        assertThat(sender.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.url()).isEqualTo(URL);
            assertThat(sent.event().id()).isEqualTo(event);
            assertThat(sent.secrets()).containsExactly(service.get(id).secret());
        });
        assertThat(ports.outbox.attempts(event)).filteredOn(attempt -> attempt.channel().equals(id.channel()))
                .extracting(DeliveryAttempt::attempt, DeliveryAttempt::outcome)
                .containsExactly(tuple(1, Outcome.FAILED),
                        tuple(2, Outcome.DELIVERED));
    }

    @Test
    void aFailedReplayIsRecordedWithItsErrorAndCountsInTheEndpointsRunOfFailures() {
        WebhookEndpointId id = registered();
        UUID event = startedEvent();
        sender.failing(true);

        WebhookDeliveryView view = service.replay(id, event);

        assertThat(view.delivered()).isFalse();
        assertThat(view.attempt()).isEqualTo(1);
        assertThat(view.error()).contains("WebhookDeliveryFailed: the receiver answered 500");
        assertThat(ports.outbox.attempts(event)).singleElement().satisfies(attempt -> {
            assertThat(attempt.channel()).isEqualTo(id.channel());
            assertThat(attempt.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(attempt.error()).isEqualTo(view.error());
        });
        assertThat(service.get(id).failingSince()).contains(ports.clock.instant());
    }

    @Test
    void anEventNotKeptCannotBeReplayed() {
        WebhookEndpointId id = registered();
        UUID missing = UUID.fromString("00000000-0000-4000-8000-00000000eeee");

        assertThatThrownBy(() -> service.replay(id, missing)).isInstanceOf(WebhookEventNotFound.class)
                .satisfies(e -> assertThat(((WebhookEventNotFound) e).event()).isEqualTo(missing));
        assertThat(sender.sent()).isEmpty();
    }

    @Test
    void listsTheEndpointsDeliveriesNewestFirstPageByPage() {
        WebhookEndpointId id = registered();
        WebhookEndpointId other = register(URI.create("https://other.example/hook")).endpoint().id();
        UUID first = startedEvent();
        ports.clock.advance(Duration.ofMinutes(1));
        UUID second = startedEvent();
        service.replay(id, first);
        service.replay(other, first);
        ports.clock.advance(Duration.ofMinutes(1));
        sender.failing(true);
        service.replay(id, second);
        ports.clock.advance(Duration.ofMinutes(1));
        service.replay(id, first);

        List<WebhookDeliveryView> all = service.deliveries(id, 0, 10);

        assertThat(all).extracting(WebhookDeliveryView::event).containsExactly(first, second, first);
        assertThat(all).extracting(WebhookDeliveryView::attempt).containsExactly(2, 1, 1);
        assertThat(all).extracting(WebhookDeliveryView::delivered).containsExactly(false, false, true);
        assertThat(service.deliveries(id, 1, 1)).extracting(WebhookDeliveryView::event).containsExactly(second);
        assertThat(service.deliveries(id, 3, 10)).isEmpty();
        assertThat(service.deliveries(other, 0, 10)).extracting(WebhookDeliveryView::event).containsExactly(first);
    }

    @Test
    void aNegativeOffsetOrANonPositiveLimitIsRefused() {
        WebhookEndpointId id = registered();

        assertThatThrownBy(() -> service.deliveries(id, -1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> service.deliveries(id, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("limit");
    }
}
