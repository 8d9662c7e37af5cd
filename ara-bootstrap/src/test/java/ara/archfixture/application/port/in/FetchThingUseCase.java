package ara.archfixture.application.port.in;

import ara.archfixture.application.port.out.ThingStore;

/** Violation: an inbound port that depends on an outbound port. */
public interface FetchThingUseCase {
    String fetch(ThingStore store, String id);
}
