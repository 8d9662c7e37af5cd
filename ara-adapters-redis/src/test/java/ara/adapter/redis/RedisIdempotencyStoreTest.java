package ara.adapter.redis;

import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;
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
    void aStartedKeyIsClaimedForTheInFlightLeaseOnly() {
        store.begin("scope", "lease", "fp", Duration.ofMinutes(10));

        long pttl = CONNECTION.client().pttl(SETTINGS.namespace() + ":idem:5:scope:lease");
        assertThat(pttl).isBetween(110_000L, 120_000L);
    }

    @Test
    void completingKeepsTheResponseForTheWholeTtl() {
        store.begin("scope", "ttl-kept", "fp", Duration.ofMinutes(10));
        store.complete("scope", "ttl-kept", new StoredResponse(200, Map.of(), new byte[] {1}));

        long pttl = CONNECTION.client().pttl(SETTINGS.namespace() + ":idem:5:scope:ttl-kept");
        assertThat(pttl).isBetween(590_000L, 600_000L);
    }

    @Test
    void aKeyWhoseCompletionNeverCameIsFreeAfterTheLease() throws InterruptedException {
        RedisIdempotencyStore shortLease = new RedisIdempotencyStore(CONNECTION, Duration.ofMillis(300));
        assertThat(shortLease.begin("scope", "lost", "fp", Duration.ofHours(24)))
                .isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(shortLease.begin("scope", "lost", "fp", Duration.ofHours(24)))
                .isInstanceOf(IdempotencyClaim.InFlight.class);

        Eventually.within(Duration.ofSeconds(5), "the lease to lapse", () -> shortLease.begin("scope", "lost", "fp",
                Duration.ofHours(24)) instanceof IdempotencyClaim.Started);
    }
}
