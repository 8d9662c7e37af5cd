package ara.application.service.account;

import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.StoredResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Completed idempotency keys in a test's in-memory store, and whether a scope still replays one: how the account
 * tests see that an erasure forgot the keys whose replays may hold the erased data. Stateless beyond the store.
 */
final class IdempotencyKeys {
    private static final String KEY = "key-1";
    private static final String FINGERPRINT = "POST /api/v1/audits";

    private final InMemoryIdempotencyStore store;

    IdempotencyKeys(InMemoryIdempotencyStore store) {
        this.store = store;
    }

    /** Stores a completed response under {@code scope}. */
    void completeIn(String scope) {
        store.begin(scope, KEY, FINGERPRINT, Duration.ofHours(1));
        store.complete(scope, KEY, new StoredResponse(201, Map.of(),
                "{\"organizationName\":\"Acme\"}".getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code scope} still replays the response {@link #completeIn} stored (begins the key when not). */
    boolean replays(String scope) {
        return store.begin(scope, KEY, FINGERPRINT, Duration.ofHours(1)) instanceof IdempotencyClaim.Replay;
    }
}
