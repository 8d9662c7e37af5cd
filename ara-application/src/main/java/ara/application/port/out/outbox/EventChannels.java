package ara.application.port.out.outbox;

import ara.domain.event.DomainEvent;

import java.util.List;
import java.util.Objects;

/**
 * Outbound port: which subscribers an event goes to, asked each time the event is handled. A fixed channel (mail)
 * answers with itself for the event types it cares about; a directory of receivers (webhook endpoints registered by
 * admins) answers with one subscriber per endpoint that wants the event, each under its own channel name
 * ({@code webhook:<endpoint id>}), so that one failing endpoint is retried alone. Implementations are thread-safe.
 */
public interface EventChannels {

    /** The subscribers that should have the event now; empty when nobody wants it. */
    List<EventSubscriber> subscribersOf(DomainEvent event);

    /** Fixed subscribers, each given the event types it {@linkplain EventSubscriber#wants wants}. */
    static EventChannels of(List<? extends EventSubscriber> subscribers) {
        List<EventSubscriber> fixed = List.copyOf(subscribers);
        return event -> fixed.stream().filter(subscriber -> subscriber.wants(event.type())).toList();
    }

    /** Every channel of {@code channels}, in order. */
    static EventChannels all(List<EventChannels> channels) {
        List<EventChannels> copy = List.copyOf(channels);
        return event -> copy.stream().flatMap(each -> Objects.requireNonNull(each.subscribersOf(event)).stream())
                .toList();
    }
}
