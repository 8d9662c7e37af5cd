package ara.adapter.persistence.jdbi;

import ara.contract.MariaDbServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report clean-up's query reads the V7 index: on MariaDB in the ORDER BY's order (no sort, so it stops after the
 * limit), and H2 picks the same index.
 */
class ReportCleanupIndexTest {
    private static final Instant CUTOFF = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void onMariaDbTheQueryReadsTheUpdatedAtIndexWithoutSorting() {
        Database database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()));
        try {
            List<Map<String, Object>> plan = database.jdbi().withHandle(handle -> ReportTables.finishedUntil(handle,
                    "EXPLAIN SELECT *", CUTOFF, 1_001).mapToMap().list());

            assertThat(plan).hasSize(1);
            Map<String, Object> row = plan.getFirst();
            assertThat(row.get("key")).as(row.toString()).isEqualTo("idx_reports_updated");
            assertThat(String.valueOf(row.get("extra")).toLowerCase(Locale.ROOT)).as(row.toString())
                    .doesNotContain("filesort");
        } finally {
            database.close();
        }
    }

    @Test
    void onH2TheQueryReadsTheSameIndex(@TempDir Path dataDir) {
        Database database = Database.open(DatabaseSettings.embedded(dataDir));
        try {
            String plan = database.jdbi().withHandle(handle -> ReportTables.finishedUntil(handle,
                    "EXPLAIN SELECT *", CUTOFF, 1_001).mapTo(String.class).one());

            assertThat(plan.toLowerCase(Locale.ROOT)).contains("idx_reports_updated");
        } finally {
            database.close();
        }
    }
}
