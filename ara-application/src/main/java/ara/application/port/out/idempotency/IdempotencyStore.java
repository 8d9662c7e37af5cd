package ara.application.port.out.idempotency;

import java.time.Duration;

/**
 * Outbound port: idempotency keys and the responses they produced, so a retried write is answered once. Keys are
 * validated as {@link IdempotencyKey}s. Thread-safe; {@code begin} is atomic.
 */
public interface IdempotencyStore {

    /**
     * Claims {@code key} in {@code scope} for the request with {@code requestFingerprint} (e.g. a hash of its body),
     * kept for {@code ttl}, or reports what an earlier request with the key left.
     */
    IdempotencyClaim begin(String scope, String key, String requestFingerprint, Duration ttl);

    /**
     * Stores the response of the request that started the key, keeping the key's expiry; {@code false} when the
     * key is no longer in flight (expired, abandoned or completed), and then nothing is stored.
     */
    boolean complete(String scope, String key, StoredResponse response);

    /** Releases a started key whose request failed so that a retry can start again; a completed key is kept. */
    void abandon(String scope, String key);

    /**
     * Forgets every key of {@code scope} (started or completed) with the responses they keep: what an erasure of
     * the caller's data removes (their replayed responses may hold the erased data).
     */
    void forget(String scope);
}
