package ara.archfixture.application.port.in.thing;

import ara.archfixture.application.port.out.thing.ThingStore;

/** Violation: an inbound port that depends on an outbound port. */
public interface FetchThingUseCase {
    String fetch(ThingStore store, String id);
}
