package ara.adapter.redis;

import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * Idempotency keys that survive a Redis outage: a key is claimed in the shared store (Redis) and, when that fails or
 * Redis is considered down, in the local one (this process); completing or abandoning a key reaches whichever store
 * holds it. Callers never see a Redis failure. Back to Redis by itself once the {@link RedisGuard} lets calls
 * through again.
 *
 * <p>While degraded, keys are <b>per instance</b>: a retry that reaches another instance does not see a key claimed
 * locally and runs again. Once Redis is back, this instance still consults its local records until they expire:
 * a response kept locally is replayed and written through to Redis on the first retry, so that it is not
 * forgotten (docs/adr/0019). A key claimed in Redis whose completion fails stays in flight there for the in-flight
 * lease (retries get "in flight"); the response is not stored anywhere. See docs/adr/0008.
 * Thread-safe if both stores are.
 */
public final class FallbackIdempotencyStore implements IdempotencyStore {
    private static final System.Logger LOG = System.getLogger(FallbackIdempotencyStore.class.getName());

    private final IdempotencyStore shared;
    private final IdempotencyStore local;

    /**
     * @param shared the store shared by every instance, e.g. a {@link RedisIdempotencyStore}; must fail with
     *               {@link StoreUnavailable} (as the guarded Redis adapters do)
     * @param local  the store of this process, e.g. an {@code InMemoryIdempotencyStore}
     */
    public FallbackIdempotencyStore(IdempotencyStore shared, IdempotencyStore local) {
        this.shared = Objects.requireNonNull(shared, "shared");
        this.local = Objects.requireNonNull(local, "local");
    }

    @Override
    public IdempotencyClaim begin(String scope, String key, String requestFingerprint, Duration ttl) {
        IdempotencyClaim claim;
        try {
            claim = shared.begin(scope, key, requestFingerprint, ttl);
        } catch (StoreUnavailable e) {
            LOG.log(Level.DEBUG, "idempotency key claimed in process: {0}", e.getMessage());
            return local.begin(scope, key, requestFingerprint, ttl);
        }
        return claim instanceof IdempotencyClaim.Started ? heldLocally(scope, key, requestFingerprint, ttl) : claim;
    }

    /**
     * A key just started in Redis may have been used in this process while Redis was down: the local record wins
     * until it expires. A response kept locally is written through to Redis (so every instance replays it from
     * now on); a local request still running, or one with another fingerprint, is answered as such and the Redis
     * claim released.
     */
    private IdempotencyClaim heldLocally(String scope, String key, String requestFingerprint, Duration ttl) {
        IdempotencyClaim local = this.local.begin(scope, key, requestFingerprint, ttl);
        switch (local) {
            case IdempotencyClaim.Started ignored -> {
                this.local.abandon(scope, key);
                return local;
            }
            case IdempotencyClaim.Replay replay -> {
                try {
                    shared.complete(scope, key, replay.response());
                } catch (StoreUnavailable e) {
                    LOG.log(Level.DEBUG, "a response kept in process was not written to Redis: {0}", e.getMessage());
                }
                return replay;
            }
            case IdempotencyClaim.InFlight ignored -> {
                abandonShared(scope, key);
                return local;
            }
            case IdempotencyClaim.Mismatch ignored -> {
                abandonShared(scope, key);
                return local;
            }
        }
    }

    private void abandonShared(String scope, String key) {
        try {
            shared.abandon(scope, key);
        } catch (StoreUnavailable e) {
            LOG.log(Level.DEBUG, "idempotency key not released in Redis: {0}", e.getMessage());
        }
    }

    /** Completes the key where it is in flight: in Redis if it is there, else in this process. */
    @Override
    public boolean complete(String scope, String key, StoredResponse response) {
        try {
            if (shared.complete(scope, key, response)) {
                return true;
            }
        } catch (StoreUnavailable e) {
            LOG.log(Level.DEBUG, "idempotency key completed in process: {0}", e.getMessage());
        }
        return local.complete(scope, key, response);
    }

    /** Forgets the scope in both stores; the shared store's failure propagates (the erasure must be retried). */
    @Override
    public void forget(String scope) {
        local.forget(scope);
        shared.forget(scope);
    }

    /** Releases the key in both stores (only one holds it in flight; a completed key is kept in either). */
    @Override
    public void abandon(String scope, String key) {
        abandonShared(scope, key);
        local.abandon(scope, key);
    }
}
