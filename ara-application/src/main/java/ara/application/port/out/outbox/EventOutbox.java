package ara.application.port.out.outbox;

import ara.domain.event.DomainEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Outbound port: the dispatchers' side of the transactional outbox. Events are appended only by the repositories
 * that store the change they report, in the same transaction ({@link ara.application.port.out.audit.AuditRepository},
 * {@link ara.application.port.out.report.ReportRepository}), so an event exists if and only if its change committed.
 * A dispatcher claims due events under a lease, delivers them to every channel, records each attempt, and then marks
 * the event delivered, schedules it again or gives up. Implementations are thread-safe and every method is atomic;
 * several dispatchers (threads or processes) sharing one store never hold the same event at once.
 */
public interface EventOutbox {

    /**
     * Claims up to {@code limit} due events, oldest first: pending events whose next attempt has come, and events
     * whose lease has lapsed (a dispatcher that crashed mid-delivery). Each claimed event is leased to
     * {@code holder} until {@code now + lease} and its attempt count raised; other claimers skip it meanwhile
     * (they never wait for it).
     */
    List<PendingEvent> claim(Instant now, int limit, String holder, Duration lease);

    /** Stores one delivery attempt of an event to a channel. */
    void recordAttempt(DeliveryAttempt attempt);

    /** The attempts recorded for an event, in the order they were made. */
    List<DeliveryAttempt> attempts(UUID event);

    /** The event with this id, whatever its delivery state; empty once removed (or never stored). */
    Optional<DomainEvent> find(UUID event);

    /**
     * The attempts recorded for one channel ({@code webhook:<endpoint id>}), newest first: {@code limit} of them
     * after skipping {@code offset}.
     */
    List<DeliveryAttempt> attemptsOf(String channel, int offset, int limit);

    /**
     * Every channel has the event: it is done.
     *
     * @return false when {@code holder} no longer holds the event (its lease lapsed and another dispatcher took it)
     */
    boolean delivered(UUID event, String holder, Instant now);

    /**
     * A channel failed: the event is due again at {@code nextAttemptAt} (the lease is given back).
     *
     * @return false when {@code holder} no longer holds the event
     */
    boolean retryAt(UUID event, String holder, Instant nextAttemptAt, String error);

    /**
     * Given up on (too old to keep trying): the event stays for the record but is never due again.
     *
     * @return false when {@code holder} no longer holds the event
     */
    boolean giveUp(UUID event, String holder, Instant now, String error);

    /**
     * Ends a dispatcher's round: records every attempt of every settlement and applies each ending (as
     * {@link #delivered}, {@link #retryAt} or {@link #giveUp} would) where the holder still holds the event. A store
     * that can should do it all in one transaction (one durable commit per round instead of two per event); a crash
     * before it commits leaves the round's events to their leases, so each is delivered once more.
     *
     * @return the events whose ending applied (the others' leases had lapsed and been taken)
     */
    default Set<UUID> settle(List<Settlement> settlements) {
        Set<UUID> applied = new HashSet<>();
        for (Settlement settlement : settlements) {
            settlement.attempts().forEach(this::recordAttempt);
            String error = settlement.error().orElse(null);
            boolean held = switch (settlement.ending()) {
                case DELIVERED -> delivered(settlement.event(), settlement.holder(), settlement.at());
                case RETRY -> retryAt(settlement.event(), settlement.holder(), settlement.at(), error);
                case GIVE_UP -> giveUp(settlement.event(), settlement.holder(), settlement.at(), error);
            };
            if (held) {
                applied.add(settlement.event());
            }
        }
        return Set.copyOf(applied);
    }

    /** How many events wait for delivery and since when the oldest of them waits. */
    OutboxBacklog backlog();

    /** How many events occurred before {@code cutoff} (what {@link #deleteOccurredBefore} would remove). */
    long countOccurredBefore(Instant cutoff);

    /**
     * Removes up to {@code limit} events that occurred before {@code cutoff}, with their attempts.
     *
     * @return how many events were removed
     */
    int deleteOccurredBefore(Instant cutoff, int limit);
}
