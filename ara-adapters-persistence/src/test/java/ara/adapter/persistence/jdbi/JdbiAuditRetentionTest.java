package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.chat.ChatRepository;
import ara.contract.AuditRetentionContract;
import ara.contract.MariaDbServer;
import ara.domain.audit.AuditId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Guest retention and audit statistics in H2 and in MariaDB against the contract. */
class JdbiAuditRetentionTest {

    @Nested
    class OnH2 extends AuditRetentionContract {
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
        protected AuditRepository repository() {
            return Repositories.audits(database);
        }

        @Override
        protected AuditRetention retention() {
            return new JdbiAuditRetention(database);
        }

        @Override
        protected AuditStatistics statistics() {
            return new JdbiAuditStatistics(database);
        }

        @Override
        protected ChatRepository chats() {
            return Repositories.chats(database);
        }

        @Override
        protected long eventsAbout(AuditId audit) {
            return JdbiAuditRetentionTest.eventsAbout(database, audit);
        }
    }

    @Nested
    class OnMariaDb extends AuditRetentionContract {
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
        protected AuditRepository repository() {
            return Repositories.audits(database);
        }

        @Override
        protected AuditRetention retention() {
            return new JdbiAuditRetention(database);
        }

        @Override
        protected AuditStatistics statistics() {
            return new JdbiAuditStatistics(database);
        }

        @Override
        protected ChatRepository chats() {
            return Repositories.chats(database);
        }

        @Override
        protected long eventsAbout(AuditId audit) {
            return JdbiAuditRetentionTest.eventsAbout(database, audit);
        }
    }

    static long eventsAbout(Database database, AuditId audit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM outbox_events"
                + " WHERE audit_id = :id").bind("id", audit.toString()).mapTo(Long.class).one());
    }
}
