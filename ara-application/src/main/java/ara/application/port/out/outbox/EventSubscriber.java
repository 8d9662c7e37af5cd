package ara.application.port.out.outbox;

import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;

/**
 * Outbound port: one delivery channel of the outbox (mail, webhooks). Deliveries are at least once: a subscriber may
 * see an event again after a dispatcher crashed mid-delivery and must de-duplicate on {@link DomainEvent#id()}.
 * Implementations are thread-safe.
 */
public interface EventSubscriber {

    /**
     * The channel's name, as stored with each attempt: lower case, no spaces; a channel with many receivers names
     * each {@code <kind>:<receiver>} ({@code webhook:<endpoint id>}), and metrics show only the kind.
     */
    String channel();

    /** Whether this channel tells anyone about events of {@code type} (all, unless it says otherwise). */
    default boolean wants(EventType type) {
        return true;
    }

    /**
     * Hands the event over; returns once the channel has it.
     *
     * @throws RuntimeException when it could not be delivered: the dispatcher tries again later
     */
    void deliver(DomainEvent event);
}
