package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.contract.MariaDbServer;
import ara.contract.RedisServer;
import ara.contract.S3Server;
import com.fasterxml.jackson.databind.JsonNode;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure through the production wiring on the real stores (MariaDB, Redis with the progress cache, S3Proxy): after
 * {@code DELETE /audits/{id}} by a user and by a guest, nothing of either audit is left, read from each store
 * directly: no row in any table that keeps audit data, no Redis key of the audit, its guest token or the callers'
 * idempotency keys, no object in the bucket. The audit log keeps {@code audit.deleted} with the id only.
 */
class ErasureEndToEndTest {
    /** The tables that keep data about an audit, by the column naming it. */
    private static final Map<String, String> AUDIT_TABLES = Map.of("audits", "id", "audit_answers", "audit_id",
            "audit_results", "audit_id", "reports", "audit_id", "uploads", "audit_id", "chat_messages", "audit_id",
            "outbox_events", "audit_id");
    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    static Path dataDir;
    private static MariaDbServer.Schema schema;
    private static String namespace;
    private static String bucket;
    private static MinioClient s3;
    private static Application application;
    private static HttpSession anonymous;

    @BeforeAll
    static void start() throws Exception {
        schema = MariaDbServer.freshSchema();
        namespace = RedisServer.uniqueNamespace();
        S3Server.Endpoint endpoint = S3Server.endpoint();
        bucket = S3Server.uniqueBucket();
        s3 = MinioClient.builder().endpoint(endpoint.url().toString()).region(endpoint.region())
                .credentials(endpoint.accessKey(), endpoint.secretKey()).build();
        if (!s3.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
            s3.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
        }
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1",
                "ARA_DATA_DIR", dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET,
                "ARA_DB_URL", schema.jdbcUrl(), "ARA_DB_USER", schema.user(),
                "ARA_DB_PASSWORD", schema.password() == null ? "" : schema.password(),
                "ARA_REDIS_URL", RedisServer.url(), "ARA_REDIS_NAMESPACE", namespace));
        env.putAll(Map.of("ARA_S3_ENDPOINT", endpoint.url().toString(), "ARA_S3_REGION", endpoint.region(),
                "ARA_S3_BUCKET", bucket, "ARA_S3_ACCESS_KEY", endpoint.accessKey(), "ARA_S3_SECRET_KEY",
                endpoint.secretKey(), "ARA_REPORT_POLL_INTERVAL", "20ms", "ARA_GUEST_SUBMIT", "open"));
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        anonymous = new HttpSession(application.port());
    }

    @AfterAll
    static void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void anErasedAuditLeavesNothingInMariaDbRedisOrS3() throws Exception {
        HttpSession alice = anonymous.bearer(AuditJourneyContract.token("erasure-" + UUID.randomUUID(), Set.of()));
        String audit = scoredAudit(alice);
        String auditId = audit.substring(audit.lastIndexOf('/') + 1);
        HttpSession.Reply requested = alice.header("Idempotency-Key", "report-" + UUID.randomUUID())
                .post(audit + "/reports", "{\"customization\": {\"organizationName\": \"Erased Ltd\"}}");
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(202);
        JsonNode report = awaitReady(alice, requested.header("Location"));
        String document = "reports/" + auditId + "/" + report.path("id").asText() + ".pdf";
        assertThat(alice.post(audit + "/chat/messages", "{\"message\": \"We sell shoes\"}").status())
                .isEqualTo(200);

        HttpSession.Reply started = anonymous.post("/api/v1/audits", "{\"organizationName\": \"Guest Shop\"}");
        String guestAudit = "/api/v1/audits/" + started.body().path("id").asText();
        String guestId = started.body().path("id").asText();
        HttpSession guest = anonymous.guest(started.body().path("guestToken").asText());
        assertThat(guest.header("Idempotency-Key", "email-" + UUID.randomUUID()).post(guestAudit + "/guest-email",
                "{\"email\": \"erase-me@example.com\"}").status()).isEqualTo(200);
        assertThat(guest.get(guestAudit).status()).isEqualTo(200);

        // Before: every store holds something of both audits.
        assertThat(rowsAbout(auditId)).as("rows of alice's audit").containsKeys("audits", "audit_answers",
                "audit_results", "reports", "chat_messages", "outbox_events");
        assertThat(rowsAbout(guestId)).as("rows of the guest audit").containsKeys("audits", "outbox_events");
        assertThat(redisEntries()).anyMatch(entry -> entry.contains(auditId) && entry.contains(" d="))
                .anyMatch(entry -> entry.contains(guestId)).anyMatch(entry -> entry.contains(":gt:"))
                .anyMatch(entry -> entry.contains(":idem:"));
        assertThat(exists(document)).isTrue();

        assertThat(alice.delete(audit).status()).isEqualTo(204);
        assertThat(guest.delete(guestAudit).status()).isEqualTo(204);

        // After: nothing, read from each store itself.
        assertThat(rowsAbout(auditId)).isEmpty();
        assertThat(rowsAbout(guestId)).isEmpty();
        // The cache keeps a tombstone per evicted audit (its key and a version, no data) so that a reader that
        // loaded the audit just before the erasure cannot put it back: that is all that may be left of it.
        assertThat(redisEntries()).as("Redis entries left").noneMatch(entry -> entry.contains(":gt:"))
                .noneMatch(entry -> entry.contains(":idem:"))
                .filteredOn(entry -> entry.contains(auditId) || entry.contains(guestId))
                .allMatch(entry -> entry.matches(".*:audit:[0-9a-f-]{36} v=\\d+"));
        assertThat(exists(document)).isFalse();
        assertThat(alice.get(audit).status()).isEqualTo(404);
        assertThat(alice.delete(audit).status()).as("a repeat").isEqualTo(404);
        List<String> logged = new ArrayList<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT target FROM audit_log WHERE action = 'audit.deleted'"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                logged.add(rows.getString(1));
            }
        }
        assertThat(logged).contains("audit:" + auditId, "audit:" + guestId);
    }

    /** The tables that still have rows about the audit, with how many. */
    private static Map<String, Long> rowsAbout(String auditId) throws SQLException {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = connect()) {
            for (Map.Entry<String, String> table : AUDIT_TABLES.entrySet()) {
                try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table.getKey()
                        + " WHERE " + table.getValue() + " = ?")) {
                    query.setString(1, auditId);
                    try (ResultSet result = query.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            rows.put(table.getKey(), result.getLong(1));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(schema.jdbcUrl(), schema.user(),
                schema.password() == null ? "" : schema.password());
    }

    /**
     * Every entry under the instance's namespace ("key field=value …") but the rate limits' counters (a number per
     * audit id, no data, gone at the end of their window).
     */
    private static List<String> redisEntries() {
        return RedisServer.contents(namespace).stream().filter(entry -> !entry.startsWith(namespace + ":rl:"))
                .toList();
    }

    private static boolean exists(String key) throws Exception {
        try {
            s3.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
            return true;
        } catch (ErrorResponseException e) {
            if (e.errorResponse().code().equals("NoSuchKey")) {
                return false;
            }
            throw e;
        } catch (MinioException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String scoredAudit(HttpSession http) {
        String audit = "/api/v1/audits/" + http.post("/api/v1/audits", "{\"organizationName\": \"Erased Ltd\"}")
                .body().path("id").asText();
        ReportJourneyTest.answerAndSubmit(http, audit);
        return audit;
    }

    private static JsonNode awaitReady(HttpSession http, String location) throws InterruptedException {
        Instant deadline = Instant.now().plus(DEADLINE);
        JsonNode report = http.get(location).body();
        while (!report.path("status").asText().equals("ready")) {
            assertThat(Instant.now()).as("report ready in time: " + report).isBefore(deadline);
            Thread.sleep(50);
            report = http.get(location).body();
        }
        return report;
    }
}
