package ara.archfixture.application.service.thing;

import ara.archfixture.application.port.in.thing.FetchThingUseCase;
import ara.archfixture.application.port.out.thing.ThingStore;
import io.opentelemetry.api.trace.Span;

/** Violation: a service that reaches for a tracing API instead of being decorated from outside the ring. */
public final class TracingFetchThingService implements FetchThingUseCase {
    @Override
    public String fetch(ThingStore store, String id) {
        Span.current().setAttribute("thing", id);
        return store.load(id);
    }
}
