package ara.adapter.persistence.jdbi;

import ara.application.port.out.auditlog.AuditEvent;
import ara.contract.AuditSamples;
import ara.contract.MariaDbServer;
import ara.domain.audit.Audit;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestToken;
import ara.domain.identity.UserIdentity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data at rest: after a guest gives an email and a user with an email is seen, a dump of every column of
 * every row of every table (H2 and MariaDB) contains no email address in any form, and the audit log holds no
 * secret. The stored values still read back.
 */
class PersonalDataAtRestTest {
    @TempDir
    static Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "mariadb"})
    void noTableHoldsAnEmailInClear(String server) throws SQLException {
        DatabaseSettings settings = server.equals("h2") ? DatabaseSettings.embedded(dataDir.resolve(UUID.randomUUID().toString()))
                : MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema());
        String guestEmail = "guest." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String userEmail = "user." + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        GuestToken token = AuditSamples.newGuestToken();
        try (Database database = Database.open(settings)) {
            JdbiAuditRepository audits = Repositories.audits(database);
            Audit audit = AuditSamples.guestDraft(token, AuditSamples.T0);
            audits.create(audit);
            audits.update(audit.id(), a -> a.withGuestEmail(new EmailAddress(guestEmail), AuditSamples.T0));
            Repositories.users(database).recordSighting(
                    new UserIdentity("subject-" + UUID.randomUUID(), userEmail, Set.of()), Instant.now());
            new JdbiAuditLog(database).record(new AuditEvent(Instant.now(), "guest", "audit.guest_email",
                    "audit:" + audit.id(), AuditEvent.SUCCESS, "req-1", "127.0.0.1"));

            List<String> dump = dumpEveryTable(settings);

            assertThat(dump).isNotEmpty();
            for (String email : List.of(guestEmail, userEmail)) {
                for (String form : forms(email)) {
                    assertThat(dump).as("no table holds %s", form).noneMatch(cell -> cell.contains(form));
                }
            }
            assertThat(dump).noneMatch(cell -> cell.contains(token.reveal()));
            assertThat(audits.find(audit.id()).orElseThrow().guestEmail()).contains(new EmailAddress(guestEmail));
        }
    }

    private static List<String> forms(String email) {
        String local = email.substring(0, email.indexOf('@'));
        return List.of(email, email.toUpperCase(Locale.ROOT), local,
                Base64.getEncoder().encodeToString(email.getBytes(StandardCharsets.UTF_8)),
                Base64.getUrlEncoder().withoutPadding().encodeToString(email.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> dumpEveryTable(DatabaseSettings settings) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = connection.getMetaData().getTables(connection.getCatalog(),
                    connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (names.next()) {
                    tables.add(names.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("audits", "users", "audit_log");
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            String cell = rows.getString(c);
                            if (cell != null) {
                                cells.add(cell);
                            }
                        }
                    }
                }
            }
        }
        return cells;
    }
}
