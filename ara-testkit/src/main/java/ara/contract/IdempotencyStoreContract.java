package ara.contract;

import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link IdempotencyStore} must have: the first caller starts a key, later callers with the
 * same request see it in flight and, once completed, get the identical response; another request under the key is
 * a mismatch; an abandoned key can start again; keys expire; scopes and keys are isolated; {@code begin} is atomic.
 */
public abstract class IdempotencyStoreContract {
    private static final Duration DAY = Duration.ofHours(24);
    private static final String FINGERPRINT = "sha256:aaaa";
    private static final String OTHER_FINGERPRINT = "sha256:bbbb";

    /** The store under test. */
    protected abstract IdempotencyStore store();

    private final String scope = "POST /api/audits user:" + UUID.randomUUID();

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static StoredResponse created() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/api/audits/7f0c");
        headers.put("Content-Type", "application/json; charset=utf-8");
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) i;
        }
        return new StoredResponse(201, headers, body);
    }

    @Test
    void theFirstCallerStartsAndASecondSeesItInFlight() {
        String key = key();
        assertThat(store().begin(scope, key, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store().begin(scope, key, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.InFlight.class);
    }

    @Test
    void aCompletedKeyReplaysTheIdenticalResponse() {
        String key = key();
        store().begin(scope, key, FINGERPRINT, DAY);
        assertThat(store().complete(scope, key, created())).isTrue();

        IdempotencyClaim replay = store().begin(scope, key, FINGERPRINT, DAY);
        assertThat(replay).isInstanceOf(IdempotencyClaim.Replay.class);
        StoredResponse response = ((IdempotencyClaim.Replay) replay).response();
        assertThat(response).isEqualTo(created());
        assertThat(response.body()).isEqualTo(created().body());
        assertThat(store().begin(scope, key, FINGERPRINT, DAY)).isEqualTo(replay);
    }

    @Test
    void keepsAnEmptyBodyAndNoHeaders() {
        String key = key();
        store().begin(scope, key, FINGERPRINT, DAY);
        store().complete(scope, key, new StoredResponse(204, Map.of(), new byte[0]));
        assertThat(store().begin(scope, key, FINGERPRINT, DAY))
                .isEqualTo(new IdempotencyClaim.Replay(new StoredResponse(204, Map.of(), new byte[0])));
    }

    @Test
    void anotherRequestUnderTheKeyIsAMismatch() {
        String key = key();
        store().begin(scope, key, FINGERPRINT, DAY);
        assertThat(store().begin(scope, key, OTHER_FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Mismatch.class);
        store().complete(scope, key, created());
        assertThat(store().begin(scope, key, OTHER_FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Mismatch.class);
    }

    @Test
    void anAbandonedKeyCanStartAgainButACompletedOneStays() {
        String key = key();
        store().begin(scope, key, FINGERPRINT, DAY);
        store().abandon(scope, key);
        assertThat(store().begin(scope, key, OTHER_FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);

        store().complete(scope, key, created());
        store().abandon(scope, key);
        assertThat(store().begin(scope, key, OTHER_FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Replay.class);
    }

    @Test
    void completesOnlyAKeyInFlight() {
        String key = key();
        assertThat(store().complete(scope, key, created())).isFalse();
        assertThat(store().begin(scope, key, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);

        store().begin(scope, key, FINGERPRINT, DAY);
        assertThat(store().complete(scope, key, created())).isTrue();
        assertThat(store().complete(scope, key, new StoredResponse(500, Map.of(), new byte[0]))).isFalse();
        assertThat(store().begin(scope, key, FINGERPRINT, DAY)).isEqualTo(new IdempotencyClaim.Replay(created()));
    }

    @Test
    void keysExpireAfterTheirTtlAlsoOnceCompleted() throws InterruptedException {
        Duration ttl = Duration.ofMillis(400);
        String inFlight = key();
        String completed = key();
        store().begin(scope, inFlight, FINGERPRINT, ttl);
        store().begin(scope, completed, FINGERPRINT, ttl);
        store().complete(scope, completed, created());
        assertThat(store().begin(scope, completed, FINGERPRINT, ttl)).isInstanceOf(IdempotencyClaim.Replay.class);

        Thread.sleep(700);

        assertThat(store().begin(scope, inFlight, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store().begin(scope, completed, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
    }

    @Test
    void forgettingAScopeRemovesItsStartedAndCompletedKeysAndNoOtherScopes() {
        String done = key();
        String started = key();
        String similar = scope + "*";
        store().begin(scope, done, FINGERPRINT, DAY);
        store().complete(scope, done, created());
        store().begin(scope, started, FINGERPRINT, DAY);
        store().begin(similar, done, FINGERPRINT, DAY);
        store().complete(similar, done, created());

        store().forget(scope);
        store().forget("another scope " + UUID.randomUUID());

        assertThat(store().begin(scope, done, OTHER_FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store().begin(scope, started, OTHER_FINGERPRINT, DAY))
                .isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store().begin(similar, done, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Replay.class);
    }

    @Test
    void scopesAndKeysAreIsolated() {
        String key = key();
        String otherScope = scope + "-other";
        store().begin(scope, key, FINGERPRINT, DAY);
        store().complete(scope, key, created());

        assertThat(store().begin(otherScope, key, OTHER_FINGERPRINT, DAY))
                .isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store().begin(scope, key + "x", OTHER_FINGERPRINT, DAY))
                .isInstanceOf(IdempotencyClaim.Started.class);
        // A scope that ends where a key begins is not the same place.
        assertThat(store().begin(scope + ":a", "b", FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThat(store().begin(scope, "a:b", FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
    }

    @Test
    void rejectsOversizeOrBlankKeys() {
        String longest = "k".repeat(219) + UUID.randomUUID();
        assertThat(store().begin(scope, longest, FINGERPRINT, DAY)).isInstanceOf(IdempotencyClaim.Started.class);
        assertThatThrownBy(() -> store().begin(scope, longest + "k", FINGERPRINT, DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().complete(scope, longest + "k", created()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().begin(scope, " ", FINGERPRINT, DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().begin(scope, key(), " ", DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().begin(scope, key(), FINGERPRINT, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyOneOfManyConcurrentCallersStarts() throws Exception {
        String key = key();
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<IdempotencyClaim>> claims = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    return store().begin(scope, key, FINGERPRINT, DAY);
                }));
            }
            start.countDown();
            List<IdempotencyClaim> results = new ArrayList<>();
            for (Future<IdempotencyClaim> claim : claims) {
                results.add(claim.get());
            }
            assertThat(results).filteredOn(IdempotencyClaim.Started.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(IdempotencyClaim.InFlight.class::isInstance).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }
}
