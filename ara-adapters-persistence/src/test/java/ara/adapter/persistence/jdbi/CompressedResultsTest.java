package ara.adapter.persistence.jdbi;

import ara.contract.AuditSamples;
import ara.contract.MariaDbServer;
import ara.domain.audit.Audit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results are stored gzipped (V13), and a result stored as plain JSON before V13 still reads back the same, on H2 and
 * on MariaDB.
 */
class CompressedResultsTest {

    @Test
    void onH2(@TempDir Path dataDir) {
        try (Database database = Database.open(DatabaseSettings.embedded(dataDir))) {
            storesGzipAndReadsBothForms(database);
        }
    }

    @Test
    void onMariaDb() {
        try (Database database = Database.open(MariaDbAuditRepositoryTest.settings(MariaDbServer.freshSchema()))) {
            storesGzipAndReadsBothForms(database);
        }
    }

    private record Stored(String json, byte[] gzip) {
    }

    private static void storesGzipAndReadsBothForms(Database database) {
        JdbiAuditRepository audits = Repositories.audits(database);
        Audit scored = audits.create(AuditSamples.scored(AuditSamples.newOwner(), AuditSamples.T0));
        String id = scored.id().toString();

        Stored row = database.jdbi().withHandle(handle -> handle
                .createQuery("SELECT result_json, result_gzip FROM audit_results WHERE audit_id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Stored(rs.getString("result_json"), rs.getBytes("result_gzip"))).one());
        assertThat(row.json()).isNull();
        byte[] compressed = row.gzip();
        String json = Gzip.decompress(compressed);
        assertThat(json).startsWith("{").contains("\"scoreCard\"");
        assertThat(compressed.length).isLessThan(json.length());

        // As a row written before V13 holds it: the JSON as text, nothing compressed.
        database.jdbi().useHandle(handle -> handle
                .createUpdate("UPDATE audit_results SET result_json = :json, result_gzip = NULL WHERE audit_id = :id")
                .bind("json", json).bind("id", id).execute());
        assertThat(audits.find(scored.id()).orElseThrow().result()).isEqualTo(scored.result());
    }
}
