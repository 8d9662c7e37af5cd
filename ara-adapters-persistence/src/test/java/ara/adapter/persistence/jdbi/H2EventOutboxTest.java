package ara.adapter.persistence.jdbi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The JDBI outbox on the embedded default (H2 in MySQL mode) against the outbox contract. */
class H2EventOutboxTest extends JdbiOutboxContract {
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
    protected Database database() {
        return database;
    }
}
