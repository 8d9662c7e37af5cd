package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.contract.AuditRepositoryContract;

/** The in-memory repository against the AuditRepository contract. */
class InMemoryAuditRepositoryTest extends AuditRepositoryContract {
    private final InMemoryAuditRepository repository = new InMemoryAuditRepository();

    @Override
    protected AuditRepository repository() {
        return repository;
    }
}
