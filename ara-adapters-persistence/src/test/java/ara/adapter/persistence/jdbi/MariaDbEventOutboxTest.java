package ara.adapter.persistence.jdbi;

import ara.contract.MariaDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBI outbox on a real MySQL-compatible server (the testkit's), in a schema of its own, against the outbox
 * contract: SKIP LOCKED claims and transactional appends as InnoDB does them.
 */
class MariaDbEventOutboxTest extends JdbiOutboxContract {
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
    protected Database database() {
        return database;
    }
}
