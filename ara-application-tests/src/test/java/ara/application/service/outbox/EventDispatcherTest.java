package ara.application.service.outbox;

import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;
import ara.adapter.memory.InMemoryEventOutbox;
import ara.application.fixture.RecordingAuditMetrics;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.EventChannels;
import ara.application.port.out.outbox.EventSubscriber;
import ara.contract.AuditSamples;
import ara.contract.MovableClock;
import ara.domain.audit.Audit;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dispatcher over the in-memory outbox, with subscribers written here (real implementations of the port). */
class EventDispatcherTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final DispatchPolicy POLICY = new DispatchPolicy(10, Duration.ofMinutes(1), Duration.ofSeconds(10),
            Duration.ofMinutes(5), Duration.ofHours(1));

    private final MovableClock clock = new MovableClock(T0);
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository(new InMemoryChatRepository(), outbox);
    private final RecordingAuditMetrics metrics = new RecordingAuditMetrics();

    /** A channel that records what it got and fails while told to. */
    private static class Channel implements EventSubscriber {
        private final String name;
        private final List<DomainEvent> received = new ArrayList<>();
        private boolean failing;

        Channel(String name) {
            this.name = name;
        }

        @Override
        public String channel() {
            return name;
        }

        @Override
        public synchronized void deliver(DomainEvent event) {
            if (failing) {
                throw new IllegalStateException("the receiver answered 500");
            }
            received.add(event);
        }
    }

    private EventDispatcher dispatcher(List<EventSubscriber> subscribers, double jitter) {
        return new EventDispatcher(outbox, EventChannels.of(subscribers), metrics, clock, () -> jitter, POLICY, "test-dispatcher");
    }

    private Audit started() {
        return audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), clock.instant()));
    }

    @Test
    void deliversEachDueEventOnceToEveryChannel() {
        Audit first = started();
        Audit second = started();
        Channel mail = new Channel("mail");
        Channel webhook = new Channel("webhook");
        EventDispatcher dispatcher = dispatcher(List.of(mail, webhook), 0.5);

        assertThat(dispatcher.dispatchDue()).isEqualTo(2);
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(mail.received).extracting(DomainEvent::audit).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(webhook.received).extracting(DomainEvent::type).containsOnly(EventType.AUDIT_STARTED).hasSize(2);
        assertThat(outbox.backlog().pending()).isZero();
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("eventDelivery"))
                .containsExactlyInAnyOrder("eventDelivery(mail, delivered)", "eventDelivery(mail, delivered)",
                        "eventDelivery(webhook, delivered)", "eventDelivery(webhook, delivered)");
    }

    @Test
    void aFailingChannelIsRetriedAfterAGrowingBackoffWhileTheOtherIsNotSentAgain() {
        Audit audit = started();
        Channel mail = new Channel("mail");
        Channel webhook = new Channel("webhook");
        webhook.failing = true;
        EventDispatcher dispatcher = dispatcher(List.of(mail, webhook), 0.5);
        UUID event = DomainEvent.idOf(EventType.AUDIT_STARTED, audit.id().value(), audit.version());

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        // 10 s doubling each time, plus half of the 25 % jitter: due not a millisecond earlier.
        for (Duration gap : List.of(Duration.ofMillis(11_250), Duration.ofMillis(22_500), Duration.ofMillis(45_000))) {
            Instant due = clock.instant().plus(gap);
            clock.set(due.minusMillis(1));
            assertThat(dispatcher.dispatchDue()).isZero();
            clock.set(due);
            assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        }

        assertThat(mail.received).hasSize(1);
        assertThat(outbox.attempts(event)).filteredOn(attempt -> attempt.channel().equals("webhook"))
                .extracting(DeliveryAttempt::outcome).containsOnly(DeliveryAttempt.Outcome.FAILED).hasSize(4);
        assertThat(outbox.attempts(event)).filteredOn(attempt -> attempt.channel().equals("webhook"))
                .allSatisfy(attempt -> assertThat(attempt.error()).hasValueSatisfying(error ->
                        assertThat(error).contains("500")));

        webhook.failing = false;
        clock.advance(Duration.ofSeconds(90));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(webhook.received).hasSize(1);
        assertThat(mail.received).hasSize(1);
        assertThat(outbox.backlog().pending()).isZero();
    }

    @Test
    void givesUpOnAnEventOlderThanTheMaximumAge() {
        started();
        Channel webhook = new Channel("webhook");
        webhook.failing = true;
        EventDispatcher dispatcher = dispatcher(List.of(webhook), 0);
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        clock.set(T0.plus(Duration.ofHours(1)));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(outbox.backlog().pending()).isZero();
        clock.set(T0.plus(Duration.ofDays(1)));
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void withoutChannelsEventsAreDoneAtOnce() {
        started();
        EventDispatcher dispatcher = dispatcher(List.of(), 0);

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(outbox.backlog().pending()).isZero();
        assertThat(metrics.calls()).noneMatch(call -> call.startsWith("eventDelivery"));
    }

    @Test
    void aChannelGetsOnlyTheTypesItWants() {
        started();
        Channel mail = new Channel("mail") {
            @Override
            public boolean wants(EventType type) {
                return type == EventType.REPORT_READY;
            }
        };
        Channel webhook = new Channel("webhook");

        assertThat(dispatcher(List.of(mail, webhook), 0).dispatchDue()).isEqualTo(1);

        assertThat(mail.received).isEmpty();
        assertThat(webhook.received).extracting(DomainEvent::type).containsExactly(EventType.AUDIT_STARTED);
        assertThat(outbox.backlog().pending()).isZero();
    }

    @Test
    void receiversOfOneKindAreRetriedAloneAndCountedUnderTheirKind() {
        Audit audit = started();
        Channel healthy = new Channel("webhook:a");
        Channel failing = new Channel("webhook:b");
        failing.failing = true;
        EventChannels endpoints = event -> List.of(healthy, failing);
        EventDispatcher dispatcher = new EventDispatcher(outbox, EventChannels.all(List.of(endpoints)), metrics, clock,
                () -> 0, POLICY, "test-dispatcher");
        dispatcher.dispatchDue();

        failing.failing = false;
        clock.set(T0.plus(Duration.ofSeconds(10)));
        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        assertThat(healthy.received).hasSize(1);
        assertThat(failing.received).extracting(DomainEvent::audit).containsExactly(audit.id());
        assertThat(metrics.calls()).filteredOn(call -> call.startsWith("eventDelivery"))
                .containsExactly("eventDelivery(webhook, delivered)", "eventDelivery(webhook, failed)",
                        "eventDelivery(webhook, delivered)");
        assertThat(outbox.backlog().pending()).isZero();
    }

    @Test
    void theBackoffDoublesUpToItsCapWithJitterOnTop() {
        assertThat(POLICY.backoff(1, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(POLICY.backoff(2, 0)).isEqualTo(Duration.ofSeconds(20));
        assertThat(POLICY.backoff(3, 1)).isEqualTo(Duration.ofSeconds(50));
        assertThat(POLICY.backoff(60, 0)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> POLICY.backoff(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
