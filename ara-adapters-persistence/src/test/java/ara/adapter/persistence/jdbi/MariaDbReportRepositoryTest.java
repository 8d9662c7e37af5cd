package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.contract.MariaDbServer;
import ara.contract.ReportRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBI reports on a real MySQL-compatible server (the testkit's), in a schema of its own, against the report
 * repository and queue contract: SKIP LOCKED and the de-duplication key as InnoDB enforces them.
 */
class MariaDbReportRepositoryTest extends ReportRepositoryContract {
    private static Database database;
    private static JdbiReportRepository reports;
    private static JdbiAuditRepository audits;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
        reports = new JdbiReportRepository(database);
        audits = Repositories.audits(database);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected ReportRepository reports() {
        return reports;
    }

    @Override
    protected ReportJobQueue queue() {
        return reports;
    }

    @Override
    protected AuditRepository audits() {
        return audits;
    }

    @Override
    protected ReportRetention retention() {
        return new JdbiReportRetention(database);
    }
}
