package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.contract.AuditRepositoryContract;
import ara.contract.MariaDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

/**
 * The JDBI repository on a real MySQL-compatible server (the testkit's: the one named by ARA_TEST_MYSQL_URL, else
 * the local MariaDB, else an embedded one), in a schema of its own, against the contract.
 */
class MariaDbAuditRepositoryTest extends AuditRepositoryContract {
    private static DatabaseSettings settings;
    private static Database database;
    private static JdbiAuditRepository repository;

    @BeforeAll
    static void openDatabase() {
        settings = settings(MariaDbServer.freshSchema());
        database = Database.open(settings);
        repository = Repositories.audits(database);
    }

    static DatabaseSettings settings(MariaDbServer.Schema schema) {
        return new DatabaseSettings(schema.jdbcUrl(), schema.user(), schema.password(), 10, 1, Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected AuditRepository repository() {
        return repository;
    }

    @Test
    void everySavedAuditIsFoundAgainThroughANewPoolOnTheSameSchema() {
        Restarts.everyAuditSurvivesARestart(settings.withPool(2, 0));
    }
}
