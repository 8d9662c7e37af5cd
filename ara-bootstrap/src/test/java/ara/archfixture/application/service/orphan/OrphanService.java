package ara.archfixture.application.service.orphan;

import ara.archfixture.application.port.in.thing.FetchThingUseCase;
import ara.archfixture.application.port.out.thing.ThingStore;

/** Violation: a service package (orphan) with no inbound port package of the same concept. */
public final class OrphanService implements FetchThingUseCase {
    @Override
    public String fetch(ThingStore store, String id) {
        return store.load(id);
    }
}
