package ara.atrest.idempotency;

import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.contract.IdempotencyStoreContract;

import java.security.SecureRandom;

/** Sealed over the in-process store, the store still keeps the whole contract. */
class SealedInMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    private final IdempotencyStore store = new SealedIdempotencyStore(new InMemoryIdempotencyStore(),
            DataKeyRing.of(DataKey.generate("k1", new SecureRandom())));

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
