package ara.application.port.out.outbox;

import ara.domain.event.DomainEvent;

/**
 * Outbound port: one delivery channel of the outbox (mail, webhooks). Deliveries are at least once: a subscriber may
 * see an event again after a dispatcher crashed mid-delivery and must de-duplicate on {@link DomainEvent#id()}.
 * Implementations are thread-safe.
 */
public interface EventSubscriber {

    /** The channel's name, as stored with each attempt and shown in metrics: lower case, no spaces. */
    String channel();

    /**
     * Hands the event over; returns once the channel has it.
     *
     * @throws RuntimeException when it could not be delivered: the dispatcher tries again later
     */
    void deliver(DomainEvent event);
}
