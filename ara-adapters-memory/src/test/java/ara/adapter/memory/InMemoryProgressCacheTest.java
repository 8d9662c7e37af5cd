package ara.adapter.memory;

import ara.application.port.out.audit.ProgressCache;
import ara.contract.ProgressCacheContract;

import java.time.Duration;

/** The in-process progress cache against the contract. */
class InMemoryProgressCacheTest extends ProgressCacheContract {
    private final InMemoryProgressCache cache = new InMemoryProgressCache();

    @Override
    protected ProgressCache cache() {
        return cache;
    }

    @Override
    protected ProgressCache cacheWithTtl(Duration ttl) {
        return new InMemoryProgressCache(ttl, 100);
    }
}
