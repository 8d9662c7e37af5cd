package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.storage.UploadRegistry;
import ara.contract.UploadRegistryContract;

/** The in-memory upload registry against its contract. */
class InMemoryUploadRegistryTest extends UploadRegistryContract {
    private final InMemoryUploadRegistry registry = new InMemoryUploadRegistry();
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository();

    @Override
    protected UploadRegistry registry() {
        return registry;
    }

    @Override
    protected AuditRepository audits() {
        return audits;
    }
}
