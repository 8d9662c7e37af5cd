package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.report.ReportRepository;
import ara.contract.MariaDbServer;
import ara.contract.OutboxContract;
import ara.domain.event.DomainEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.List;

/**
 * The JDBI outbox on a real MySQL-compatible server (the testkit's), in a schema of its own, against the outbox
 * contract: SKIP LOCKED claims and transactional appends as InnoDB does them.
 */
class MariaDbEventOutboxTest extends OutboxContract {
    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected AuditRepository audits() {
        return Repositories.audits(database);
    }

    @Override
    protected ReportRepository reports() {
        return new JdbiReportRepository(database);
    }

    @Override
    protected EventOutbox outbox() {
        return new JdbiEventOutbox(database);
    }

    @Override
    protected void plant(DomainEvent event) {
        database.jdbi().useHandle(handle -> OutboxTables.append(handle, List.of(event)));
    }
}
