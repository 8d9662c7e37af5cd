package ara.application.service.outbox;

import ara.application.port.in.outbox.DispatchEventsUseCase;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.outbox.DeliveryAttempt;
import ara.application.port.out.outbox.DeliveryAttempt.Outcome;
import ara.application.port.out.outbox.EventChannels;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.outbox.EventSubscriber;
import ara.application.port.out.outbox.PendingEvent;
import ara.application.port.out.outbox.Settlement;
import ara.application.port.out.outbox.Settlement.Ending;
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
 * lease, hands each to every subscriber that does not have it yet, then settles the round in one call to the store
 * ({@link EventOutbox#settle}): every attempt recorded, and each event marked delivered, scheduled again after an
 * exponential back-off with jitter, or given up once older than the policy's maximum age. Deliveries are at least
 * once: a dispatcher that dies mid-round leaves its events to their leases, and the next claim delivers them again. The channels are asked for each event each time it is handled;
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
        if (!claimed.isEmpty()) {
            outbox.settle(claimed.stream().map(this::handle).toList());
        }
        return claimed.size();
    }

    @Override
    public int batch() {
        return policy.batch();
    }

    /** Delivers the event to every channel that does not have it yet; how it ends this round. */
    private Settlement handle(PendingEvent pending) {
        DomainEvent event = pending.event();
        List<DeliveryAttempt> attempts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (EventSubscriber subscriber : channels.subscribersOf(event)) {
            if (!pending.deliveredChannels().contains(subscriber.channel())) {
                DeliveryAttempt attempt = deliver(pending, subscriber);
                attempts.add(attempt);
                attempt.error().ifPresent(error -> failures.add(subscriber.channel() + ": " + error));
            }
        }
        Instant now = clock.instant();
        if (failures.isEmpty()) {
            return new Settlement(event.id(), holder, attempts, Ending.DELIVERED, now, Optional.empty());
        }
        Optional<String> error = Optional.of(String.join("; ", failures));
        if (!now.isBefore(event.occurredAt().plus(policy.maxAge()))) {
            return new Settlement(event.id(), holder, attempts, Ending.GIVE_UP, now, error);
        }
        Duration wait = policy.backoff(pending.attempts(), jitter.getAsDouble());
        return new Settlement(event.id(), holder, attempts, Ending.RETRY, now.plus(wait), error);
    }

    /** Hands the event to one subscriber; the attempt, to be recorded with the round. */
    private DeliveryAttempt deliver(PendingEvent pending, EventSubscriber subscriber) {
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
        metrics.eventDelivery(kindOf(subscriber.channel()), outcome.code(),
                Duration.between(event.occurredAt(), finished));
        return new DeliveryAttempt(event.id(), subscriber.channel(), pending.attempts(), started, outcome, error,
                Duration.between(started, finished));
    }

    /** The channel's kind, as metrics show it: {@code webhook} for {@code webhook:<endpoint id>}. */
    static String kindOf(String channel) {
        int colon = channel.indexOf(':');
        return colon < 0 ? channel : channel.substring(0, colon);
    }
}
