package ara.adapter.memory;

import ara.application.port.out.auditlog.AuditLog;
import ara.contract.AuditLogContract;

/** The in-memory audit log against the contract. */
class InMemoryAuditLogTest extends AuditLogContract {
    private final InMemoryAuditLog log = new InMemoryAuditLog();

    @Override
    protected AuditLog log() {
        return log;
    }
}
