package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.contract.AuditRepositoryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBI repository on the embedded default, an H2 file database in MySQL mode, against the contract. */
class H2AuditRepositoryTest extends AuditRepositoryContract {
    @TempDir
    static Path dataDir;

    private static Database database;
    private static JdbiAuditRepository repository;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
        repository = Repositories.audits(database);
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
    void theEmbeddedDefaultIsAnH2FileInMySqlMode() {
        assertThat(DatabaseSettings.embedded(dataDir).jdbcUrl())
                .startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ara"))
                .contains(";MODE=MySQL;DATABASE_TO_LOWER=TRUE");
        assertThat(dataDir.resolve("ara.mv.db")).exists();
    }

    @Test
    void everySavedAuditIsFoundAgainAfterClosingAndReopeningTheDatabase(@TempDir Path otherDir) {
        Restarts.everyAuditSurvivesARestart(DatabaseSettings.embedded(otherDir));
    }
}
