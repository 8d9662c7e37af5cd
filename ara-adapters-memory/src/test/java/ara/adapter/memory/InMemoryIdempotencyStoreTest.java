package ara.adapter.memory;

import ara.application.port.out.idempotency.IdempotencyStore;
import ara.contract.IdempotencyStoreContract;

/** The in-process idempotency store against the contract. */
class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();

    @Override
    protected IdempotencyStore store() {
        return store;
    }
}
