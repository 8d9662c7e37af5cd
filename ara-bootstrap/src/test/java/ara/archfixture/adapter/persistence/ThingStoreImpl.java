package ara.archfixture.adapter.persistence;

import ara.archfixture.application.port.out.thing.ThingStore;

/** Violation: an adapter named after nothing; adapters are named technology first (JdbiThingStore). */
public final class ThingStoreImpl implements ThingStore {
    @Override
    public String load(String id) {
        return id;
    }
}
