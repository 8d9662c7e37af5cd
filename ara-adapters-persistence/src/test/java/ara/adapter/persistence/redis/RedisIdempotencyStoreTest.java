package ara.adapter.persistence.redis;

import ara.application.port.out.IdempotencyStore;
import ara.application.port.out.StoredResponse;
import ara.contract.IdempotencyStoreContract;
import ara.contract.RedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Redis idempotency store against the contract. */
class RedisIdempotencyStoreTest extends IdempotencyStoreContract {
    private static final RedisSettings SETTINGS = RedisSettings.of(RedisServer.url())
            .withNamespace(RedisServer.uniqueNamespace());
    private static final RedisConnection CONNECTION = RedisConnection.open(SETTINGS);

    private final RedisIdempotencyStore store = new RedisIdempotencyStore(CONNECTION);

    @AfterAll
    static void close() {
        CONNECTION.close();
    }

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Test
    void completingKeepsTheExpiryBeginSet() {
        store.begin("scope", "ttl-kept", "fp", Duration.ofMinutes(10));
        store.complete("scope", "ttl-kept", new StoredResponse(200, Map.of(), new byte[] {1}));
        long pttl = CONNECTION.client().pttl(SETTINGS.namespace() + ":idem:5:scope:ttl-kept");
        assertThat(pttl).isBetween(590_000L, 600_000L);
    }
}
