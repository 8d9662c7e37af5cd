package ara.benchmarks;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.domain.audit.Audit;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoringScheme;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Fills a MySQL/MariaDB database with scored audits for the restore drill ({@code scripts/restore-drill.sh},
 * {@code docs/operations/restore-drill.md}). ARA's own migrations create the schema; {@code distinct} audits of the
 * full questionnaire's worked example (answers, a sealed guest email, the result, their outbox events) are written
 * through ARA's own repository, then copied in SQL until the database holds {@code total} audits (each copy with its
 * own id and guest-token hash), so that the dump holds what production holds, at the size asked for.
 *
 * <p>Usage: {@code java -cp ara-benchmarks/target/benchmarks.jar ara.benchmarks.RestoreDrillSeed <jdbc url> <user>
 * <password> <total> [distinct]} — the database in the URL must exist and be empty.
 */
public final class RestoreDrillSeed {
    private static final int DEFAULT_DISTINCT = 1_000;
    /** The tables keyed by audit that the copies fill, with the column holding the audit's id. */
    private static final String[][] CHILDREN = {{"audit_answers", "audit_id"}, {"audit_results", "audit_id"}};

    private RestoreDrillSeed() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: RestoreDrillSeed <jdbc url> <user> <password> <total> [distinct]");
            System.exit(2);
        }
        String url = args[0];
        int total = Integer.parseInt(args[3]);
        int distinct = args.length > 4 ? Integer.parseInt(args[4]) : Math.min(DEFAULT_DISTINCT, total);
        if (distinct < 1 || total < distinct || total % distinct != 0) {
            throw new IllegalArgumentException("total must be a multiple of distinct (" + distinct + "), got " + total);
        }
        long started = System.nanoTime();
        DatabaseSettings settings = new DatabaseSettings(url, args[1], args[2], 4, 1, Duration.ofSeconds(10));
        try (Database database = Database.open(settings)) {
            seed(database, distinct);
        }
        System.out.printf("seeded %d distinct audits through ARA's repository in %.1f s%n", distinct,
                (System.nanoTime() - started) / 1e9);
        long copying = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, args[1], args[2])) {
            copy(connection, total / distinct);
        }
        System.out.printf("copied them to %d audits in %.1f s%n", total, (System.nanoTime() - copying) / 1e9);
    }

    private static void seed(Database database, int distinct) {
        StoredAudits audits = new StoredAudits(database);
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        ScoringScheme full = catalog.current(QuestionnaireId.of("full")).orElseThrow();
        Instant now = Instant.now();
        for (int i = 0; i < distinct; i++) {
            Audit draft = audits.startGuest(full, "Drill organisation " + i, now);
            EmailAddress email = new EmailAddress("drill-" + i + "@example.com");
            audits.repository().update(draft.id(), audit -> audit.answerAll(full, FullWorkedExample.answers(), now)
                    .withGuestEmail(email, now)
                    .submit(full, GuestSubmitPolicy.EMAIL, now));
        }
    }

    /** Adds {@code copies - 1} copies of every audit and its rows, each copy under ids of its own. */
    private static void copy(Connection connection, int copies) throws SQLException {
        if (copies == 1) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE drill_copies (n INT NOT NULL PRIMARY KEY)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO drill_copies (n) VALUES (?)")) {
            for (int n = 1; n < copies; n++) {
                insert.setInt(1, n);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // A copy's id keeps the first 24 characters of its original's random UUID and numbers the last 12.
        String copyId = "CONCAT(LEFT(%s, 24), LPAD(HEX(c.n), 12, '0'))";
        try (Statement statement = connection.createStatement()) {
            String columns = columnsOf(connection, "audits")
                    .replace("`id`", copyId.formatted("a.id"))
                    .replace("`guest_token_hash`", "SHA2(CONCAT(a.guest_token_hash, c.n), 256)")
                    .replaceAll("`(\\w+)`", "a.$1");
            statement.executeUpdate("INSERT INTO audits SELECT " + columns + " FROM audits a CROSS JOIN drill_copies c");
            for (String[] child : CHILDREN) {
                String key = "`" + child[1] + "`";
                String childColumns = columnsOf(connection, child[0]).replace(key, copyId.formatted("t." + child[1]))
                        .replaceAll("`(\\w+)`", "t.$1");
                statement.executeUpdate("INSERT INTO " + child[0] + " SELECT " + childColumns + " FROM " + child[0]
                        + " t CROSS JOIN drill_copies c");
            }
        }
    }

    /** The table's columns in order, each quoted: {@code `id`, `status`, …}. */
    private static String columnsOf(Connection connection, String table) throws SQLException {
        StringBuilder columns = new StringBuilder();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.append(columns.isEmpty() ? "" : ", ").append('`').append(rows.getString(1)).append('`');
                }
            }
        }
        return columns.toString();
    }
}
