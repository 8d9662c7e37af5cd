package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.report.ReportRepository;
import ara.contract.OutboxContract;
import ara.domain.event.DomainEvent;

import java.util.List;

/** The JDBI side of the outbox contract: audits, reports and the outbox over one database, which subclasses open. */
abstract class JdbiOutboxContract extends OutboxContract {

    /** The database under test, open for the whole class. */
    protected abstract Database database();

    @Override
    protected AuditRepository audits() {
        return Repositories.audits(database());
    }

    @Override
    protected ReportRepository reports() {
        return new JdbiReportRepository(database());
    }

    @Override
    protected EventOutbox outbox() {
        return new JdbiEventOutbox(database());
    }

    @Override
    protected void plant(DomainEvent event) {
        database().jdbi().useHandle(handle -> OutboxTables.append(handle, List.of(event)));
    }
}
