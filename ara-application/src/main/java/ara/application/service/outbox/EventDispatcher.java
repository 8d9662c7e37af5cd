package ara.application.service.outbox;

import ara.application.port.in.outbox.DispatchEventsUseCase;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.DeliveryAttempt.Outcome;
import ara.application.port.out.outbox.EventChannels;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.outbox.EventSubscriber;
import ara.application.port.out.outbox.PendingEvent;
import ara.domain.event.DomainEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Service: one dispatcher of the transactional outbox (one per instance). Each round claims the due events under a
 * lease, hands each to every subscriber that does not have it yet, records every attempt, then marks the event
 * delivered, schedules it again after an exponential back-off with jitter, or gives up once it is older than the
 * policy's maximum age. Deliveries are at least once: a dispatcher that dies mid-delivery leaves its events to their
 * leases, and the next claim delivers them again. The channels are asked for each event each time it is handled;
 * an event nobody subscribes to is marked delivered (nobody to tell).
 * Thread-safe if the subscribers are; rounds of one dispatcher are meant to run one after another.
 */
public final class EventDispatcher implements DispatchEventsUseCase {
    private final EventOutbox outbox;
    private final EventChannels channels;
    private final AuditMetrics metrics;
    private final Clock clock;
    private final DoubleSupplier jitter;
    private final DispatchPolicy policy;
    private final String holder;

    /**
     * @param jitter a random number from 0 to 1 for each back-off
     * @param holder this dispatcher's name, unique across processes (it holds the leases)
     */
    public EventDispatcher(EventOutbox outbox, EventChannels channels, AuditMetrics metrics, Clock clock,
                           DoubleSupplier jitter, DispatchPolicy policy, String holder) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jitter = Objects.requireNonNull(jitter, "jitter");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.holder = Objects.requireNonNull(holder, "holder");
    }

    @Override
    public int dispatchDue() {
        List<PendingEvent> claimed = outbox.claim(clock.instant(), policy.batch(), holder, policy.lease());
        claimed.forEach(this::handle);
        return claimed.size();
    }

    @Override
    public int batch() {
        return policy.batch();
    }

    private void handle(PendingEvent pending) {
        List<String> failures = new ArrayList<>();
        for (EventSubscriber subscriber : channels.subscribersOf(pending.event())) {
            if (!pending.deliveredChannels().contains(subscriber.channel())) {
                deliver(pending, subscriber).ifPresent(error -> failures.add(subscriber.channel() + ": " + error));
            }
        }
        DomainEvent event = pending.event();
        Instant now = clock.instant();
        if (failures.isEmpty()) {
            outbox.delivered(event.id(), holder, now);
        } else if (!now.isBefore(event.occurredAt().plus(policy.maxAge()))) {
            outbox.giveUp(event.id(), holder, now, String.join("; ", failures));
        } else {
            Duration wait = policy.backoff(pending.attempts(), jitter.getAsDouble());
            outbox.retryAt(event.id(), holder, now.plus(wait), String.join("; ", failures));
        }
    }

    /** Hands the event to one subscriber and records the attempt; the error, if it failed. */
    private Optional<String> deliver(PendingEvent pending, EventSubscriber subscriber) {
        DomainEvent event = pending.event();
        Instant started = clock.instant();
        Optional<String> error;
        try {
            subscriber.deliver(event);
            error = Optional.empty();
        } catch (RuntimeException e) {
            error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Instant finished = clock.instant();
        Outcome outcome = error.isEmpty() ? Outcome.DELIVERED : Outcome.FAILED;
        outbox.recordAttempt(new DeliveryAttempt(event.id(), subscriber.channel(), pending.attempts(), started,
                outcome, error, Duration.between(started, finished)));
        metrics.eventDelivery(kindOf(subscriber.channel()), outcome.code(), Duration.between(event.occurredAt(), finished));
        return error;
    }

    /** The channel's kind, as metrics show it: {@code webhook} for {@code webhook:<endpoint id>}. */
    static String kindOf(String channel) {
        int colon = channel.indexOf(':');
        return colon < 0 ? channel : channel.substring(0, colon);
    }
}
