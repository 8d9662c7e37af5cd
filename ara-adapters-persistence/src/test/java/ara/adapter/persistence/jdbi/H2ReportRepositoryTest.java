package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.contract.ReportRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The JDBI reports on the embedded default (H2 in MySQL mode) against the report repository and queue contract. */
class H2ReportRepositoryTest extends ReportRepositoryContract {
    @TempDir
    static Path dataDir;

    private static Database database;
    private static JdbiReportRepository reports;
    private static JdbiAuditRepository audits;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
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
