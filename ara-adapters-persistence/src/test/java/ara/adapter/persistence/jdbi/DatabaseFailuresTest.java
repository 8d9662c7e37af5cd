package ara.adapter.persistence.jdbi;

import ara.application.port.out.StoreUnavailable;
import ara.contract.AuditSamples;
import ara.domain.audit.Audit;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL failures become this adapter's failures, with messages that say what was being done. */
class DatabaseFailuresTest {

    @Test
    void openingAnUnreachableDatabaseFailsWithDatabaseUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseSettings settings = new DatabaseSettings("jdbc:mysql://127.0.0.1:" + closedPort + "/ara", "ara",
                "secret", 2, 0, Duration.ofMillis(500));

        assertThatThrownBy(() -> Database.open(settings)).isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("127.0.0.1:" + closedPort);
    }

    @Test
    void connectionTroubleIsAStoreUnavailableEverythingElseADatabaseFailure() {
        RuntimeException timeout = SqlFailures.translate("save", new UnableToObtainConnection(
                new SQLTransientConnectionException("ara-db - Connection is not available, request timed out")));
        RuntimeException linkDown = SqlFailures.translate("save", new UnableToObtainConnection(
                new SQLException("Communications link failure", "08S01")));
        RuntimeException syntax = SqlFailures.translate("save", new UnableToObtainConnection(
                new SQLException("You have an error in your SQL syntax", "42000", 1064)));

        assertThat(timeout).isInstanceOf(StoreUnavailable.class).hasMessageContaining("could not save");
        assertThat(linkDown).isInstanceOf(StoreUnavailable.class);
        assertThat(syntax).isInstanceOf(DatabaseFailure.class).isNotInstanceOf(StoreUnavailable.class);
    }

    /** A JDBI exception wrapping a JDBC one, as JDBI throws them. */
    private static final class UnableToObtainConnection extends JdbiException {
        private static final long serialVersionUID = 1L;

        UnableToObtainConnection(SQLException cause) {
            super(cause);
        }
    }

    /** A request that comes after the stop closed the pool: unavailable (503 and retry), never a 500. */
    @Test
    void usingAClosedDatabaseFindsItUnavailableNamingTheRequest(@TempDir Path dataDir) {
        Database database = Database.open(DatabaseSettings.embedded(dataDir));
        JdbiAuditRepository audits = Repositories.audits(database);
        Audit audit = AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0);
        database.close();

        assertThatThrownBy(() -> audits.find(audit.id())).isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("find audit " + audit.id()).hasMessageContaining("pool is closed");
        assertThatThrownBy(() -> audits.create(audit)).isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("create audit " + audit.id());
    }

    @Test
    void anH2DatabaseClosedUnderARequestIsUnavailable() {
        RuntimeException closed = SqlFailures.translate("save", new UnableToObtainConnection(
                new SQLException("Database is already closed", "90098", 90098)));

        assertThat(closed).isInstanceOf(DatabaseUnavailable.class);
    }

    @Test
    void aCorruptStoredAnswerFailsNamingTheAuditAndTheQuestion(@TempDir Path dataDir) {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            JdbiAuditRepository audits = Repositories.audits(database);
            Audit audit = AuditSamples.scored(AuditSamples.newOwner(), AuditSamples.T0);
            audits.create(audit);
            database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE audit_answers SET value_json ="
                    + " '{\"type\":\"bogus\"}' WHERE audit_id = :id AND question_id = 'industry'")
                    .bind("id", audit.id().toString()).execute());

            assertThatThrownBy(() -> audits.find(audit.id())).isInstanceOf(DatabaseFailure.class)
                    .hasMessageContaining(audit.id().toString()).hasMessageContaining("industry")
                    .hasMessageContaining("bogus");
        }
    }

    @Test
    void settingsRejectNonsenseAndHideThePassword() {
        assertThatThrownBy(() -> new DatabaseSettings("mysql://x", "u", "p", 1, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("jdbcUrl");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "u", "p", 0, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("maximumPoolSize");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "u", "p", 2, 3, Duration.ofSeconds(1)))
                .hasMessageContaining("minimumIdle");
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:h2:mem:x", "u", "p", 2, 1, Duration.ofMillis(10)))
                .hasMessageContaining("connectionTimeout");
        assertThat(new DatabaseSettings("jdbc:h2:mem:x", "u", "s3cret", 2, 1, Duration.ofSeconds(1)).toString())
                .doesNotContain("s3cret");
    }
}
