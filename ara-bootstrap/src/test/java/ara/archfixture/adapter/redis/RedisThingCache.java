package ara.archfixture.adapter.redis;

import ara.archfixture.adapter.persistence.ThingRepository;
import ara.archfixture.atrest.ThingSeal;

/** Violation: one adapter module (redis) that uses another's classes (persistence); using at-rest is allowed. */
public final class RedisThingCache {
    private final ThingRepository fallback = new ThingRepository();
    private final ThingSeal seal = new ThingSeal();

    @Override
    public String toString() {
        return seal.seal("cache over " + fallback);
    }
}
