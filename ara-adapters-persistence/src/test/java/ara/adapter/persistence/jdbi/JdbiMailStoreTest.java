package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.ResumeTokens;
import ara.contract.AuditSamples;
import ara.contract.MailStoreContract;
import ara.contract.MariaDbServer;
import ara.domain.audit.Audit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Resume tokens and mail records in H2 and in MariaDB against the mail store contract. */
class JdbiMailStoreTest {

    /** The contract over one database, which the nested classes open. */
    abstract static class OnDatabase extends MailStoreContract {
        abstract Database database();

        @Override
        protected AuditRepository audits() {
            return Repositories.audits(database());
        }

        @Override
        protected ResumeTokens resumeTokens() {
            return new JdbiResumeTokens(database());
        }

        @Override
        protected MailRecords mailRecords() {
            return new JdbiMailRecords(database());
        }

        @Test
        void deletingTheAuditDeletesItsTokens() {
            Audit audit = audits().create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0));
            var hash = AuditSamples.newGuestToken().hash();
            Instant now = Instant.parse("2030-01-01T00:00:00Z");
            resumeTokens().issue(hash, audit.id(), now, now.plus(Duration.ofDays(30)));
            database().jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM audits WHERE id = :id")
                    .bind("id", audit.id().value().toString()).execute());
            assertThat(resumeTokens().audit(hash, now)).isEmpty();
        }
    }

    @Nested
    class OnH2 extends OnDatabase {
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
        Database database() {
            return database;
        }
    }

    @Nested
    class OnMariaDb extends OnDatabase {
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
        Database database() {
            return database;
        }
    }
}
