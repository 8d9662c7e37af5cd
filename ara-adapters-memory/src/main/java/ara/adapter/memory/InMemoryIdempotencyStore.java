package ara.adapter.memory;

import ara.application.port.out.idempotency.IdempotencyArguments;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyKey;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Idempotency keys in this process (the embedded default), in a Caffeine cache: each key expires its TTL after it
 * was started (completing keeps the expiry); at most {@code maximumKeys} are kept, the least used dropped first.
 * Keys are per instance of the application. Thread-safe: every operation is atomic per key.
 */
public final class InMemoryIdempotencyStore implements IdempotencyStore {
    /** The default bound on the number of keys kept. */
    public static final int DEFAULT_MAXIMUM_KEYS = 100_000;

    private final Cache<IdempotencyKey, Entry> entries;

    /** A store keeping at most {@value #DEFAULT_MAXIMUM_KEYS} keys. */
    public InMemoryIdempotencyStore() {
        this(DEFAULT_MAXIMUM_KEYS);
    }

    public InMemoryIdempotencyStore(int maximumKeys) {
        if (maximumKeys < 1) {
            throw new IllegalArgumentException("maximumKeys must be >= 1, got " + maximumKeys);
        }
        // Expiry.creating: the TTL runs from begin; replacing the entry on completion keeps the time left.
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumKeys)
                .expireAfter(Expiry.creating((IdempotencyKey key, Entry entry) -> entry.ttl()))
                .build();
    }

    @Override
    public IdempotencyClaim begin(String scope, String key, String requestFingerprint, Duration ttl) {
        IdempotencyKey id = new IdempotencyKey(scope, key);
        String fingerprint = IdempotencyArguments.checkedFingerprint(requestFingerprint);
        Duration checkedTtl = IdempotencyArguments.checkedTtl(ttl);
        AtomicReference<IdempotencyClaim> claim = new AtomicReference<>();
        entries.asMap().compute(id, (k, existing) -> {
            if (existing == null) {
                claim.set(new IdempotencyClaim.Started());
                return new Entry(fingerprint, checkedTtl, null);
            }
            claim.set(existing.claimFor(fingerprint));
            return existing;
        });
        return claim.get();
    }

    @Override
    public boolean complete(String scope, String key, StoredResponse response) {
        IdempotencyKey id = new IdempotencyKey(scope, key);
        Objects.requireNonNull(response, "response");
        AtomicBoolean stored = new AtomicBoolean();
        entries.asMap().computeIfPresent(id, (k, existing) -> {
            if (existing.response() != null) {
                return existing;
            }
            stored.set(true);
            return new Entry(existing.fingerprint(), existing.ttl(), response);
        });
        return stored.get();
    }

    @Override
    public void abandon(String scope, String key) {
        entries.asMap().computeIfPresent(new IdempotencyKey(scope, key),
                (k, existing) -> existing.response() == null ? null : existing);
    }

    @Override
    public void forget(String scope) {
        Objects.requireNonNull(scope, "scope");
        entries.asMap().keySet().removeIf(id -> id.scope().equals(scope));
    }

    /** A started key: its request's fingerprint, its TTL and, once completed, the response. */
    private record Entry(String fingerprint, Duration ttl, StoredResponse response) {
        IdempotencyClaim claimFor(String otherFingerprint) {
            if (!fingerprint.equals(otherFingerprint)) {
                return new IdempotencyClaim.Mismatch();
            }
            return response == null ? new IdempotencyClaim.InFlight() : new IdempotencyClaim.Replay(response);
        }
    }
}
