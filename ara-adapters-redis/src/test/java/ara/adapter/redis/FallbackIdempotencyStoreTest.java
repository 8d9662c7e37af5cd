package ara.adapter.redis;

import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.contract.IdempotencyStoreContract;
import ara.contract.RedisServer;
import org.junit.jupiter.api.AfterAll;

/** While Redis answers, the fallback store is the Redis store: the same contract. */
class FallbackIdempotencyStoreTest extends IdempotencyStoreContract {
    private static final RedisConnection CONNECTION = RedisConnection.open(RedisSettings.of(RedisServer.url())
            .withNamespace(RedisServer.uniqueNamespace()));

    private final IdempotencyStore store = new FallbackIdempotencyStore(new RedisIdempotencyStore(CONNECTION),
            new InMemoryIdempotencyStore());

    @AfterAll
    static void close() {
        CONNECTION.close();
    }

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
