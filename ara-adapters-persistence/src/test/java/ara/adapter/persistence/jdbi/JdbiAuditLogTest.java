package ara.adapter.persistence.jdbi;

import ara.application.port.out.auditlog.AuditLog;
import ara.contract.AuditLogContract;
import ara.contract.MariaDbServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The audit log in H2 and in MariaDB against the contract. */
class JdbiAuditLogTest {

    @Nested
    class OnH2 extends AuditLogContract {
        @TempDir
        static Path dataDir;
        private static Database database;

        @BeforeAll
        static void open() {
            database = Database.open(DatabaseSettings.embedded(dataDir));
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        protected AuditLog log() {
            return new JdbiAuditLog(database);
        }
    }

    @Nested
    class OnMariaDb extends AuditLogContract {
        private static Database database;

        @BeforeAll
        static void open() {
            database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        protected AuditLog log() {
            return new JdbiAuditLog(database);
        }
    }
}
