package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.report.ReportRepository;
import ara.contract.OutboxContract;
import ara.domain.event.DomainEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** The JDBI outbox on the embedded default (H2 in MySQL mode) against the outbox contract. */
class H2EventOutboxTest extends OutboxContract {
    @TempDir
    static Path dataDir;

    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
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
