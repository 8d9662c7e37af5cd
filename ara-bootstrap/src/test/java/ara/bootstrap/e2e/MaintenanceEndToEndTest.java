package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.bootstrap.telemetry.Telemetry;
import ara.contract.MovableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention through the production wiring and HTTP, with a clock the test moves: guest audits go after exactly 30
 * days untouched (90 with an email), user audits stay, the audit log keeps a year; dry runs delete nothing; admin
 * statistics count what is stored. Audits in memory (no progress cache in front of them) unless a test starts on the
 * embedded database (then the in-process cache is on).
 */
class MaintenanceEndToEndTest {
    private static final String GUESTS = "/api/v1/admin/maintenance/guest-cleanup";
    private static final String AUDIT_LOG = "/api/v1/admin/maintenance/audit-log-cleanup";
    private static final String REPORTS = "/api/v1/admin/maintenance/report-cleanup";
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @TempDir
    Path dataDir;
    private final MovableClock clock = new MovableClock(T0);
    private Application application;

    private HttpSession start() {
        return start(Map.of("ARA_DB_URL", "memory"));
    }

    /** ARA on this clock; without ARA_DB_URL on the embedded H2 database. */
    private HttpSession start(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DATA_DIR",
                dataDir.toString(), "ARA_GUEST_SUBMIT", "open", "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET));
        env.putAll(extra);
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))), clock,
                Telemetry.configure(Map.of(), null), started -> { });
        return new HttpSession(application.port());
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private static List<String> ids(JsonNode reply) {
        List<String> ids = new ArrayList<>();
        reply.path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    @Test
    void guestAuditsGoAfterThirtyDaysOrNinetyWithAnEmailAndUserAuditsStay() {
        HttpSession http = start();
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        HttpSession anonymous = http.anonymous();
        JsonNode plain = anonymous.post("/api/v1/audits", "{}").body();
        JsonNode withEmail = anonymous.post("/api/v1/audits", "{}").body();
        HttpSession plainGuest = anonymous.guest(plain.path("guestToken").asText());
        HttpSession emailGuest = anonymous.guest(withEmail.path("guestToken").asText());
        String plainPath = "/api/v1/audits/" + plain.path("id").asText();
        String emailPath = "/api/v1/audits/" + withEmail.path("id").asText();
        assertThat(emailGuest.post(emailPath + "/guest-email", "{\"email\":\"g@example.com\"}").status())
                .isEqualTo(200);
        HttpSession user = http.bearer(AuditJourneyContract.token("carol", Set.of()));
        String userPath = "/api/v1/audits/" + user.post("/api/v1/audits", "{}").body().path("id").asText();

        JsonNode stats = admin.get("/api/v1/admin/stats").body();
        assertThat(stats.path("total").asLong()).isEqualTo(3);
        assertThat(stats.path("auditsByStatus").path("draft").asLong()).isEqualTo(3);
        assertThat(stats.path("guestAudits").asLong()).isEqualTo(2);

        clock.set(T0.plus(Duration.ofDays(30)).minusSeconds(60));
        assertThat(ids(admin.post(GUESTS, "{\"dryRun\":false}").body())).isEmpty();

        clock.set(T0.plus(Duration.ofDays(30)));
        JsonNode dry = admin.post(GUESTS, "{\"dryRun\":true}").body();
        assertThat(ids(dry)).containsExactly(plain.path("id").asText());
        assertThat(plainGuest.get(plainPath).status()).as("a dry run deletes nothing").isEqualTo(200);
        clock.set(T0.plus(Duration.ofDays(30)));
        JsonNode deleted = admin.post(GUESTS, "{\"dryRun\":false}").body();
        assertThat(deleted.path("dryRun").asBoolean()).isFalse();
        assertThat(ids(deleted)).containsExactly(plain.path("id").asText());
        assertThat(plainGuest.get(plainPath).status()).isEqualTo(404);
        assertThat(emailGuest.get(emailPath).status()).isEqualTo(200);

        clock.set(T0.plus(Duration.ofDays(90)).minusSeconds(60));
        assertThat(ids(admin.post(GUESTS, "{\"dryRun\":false}").body())).isEmpty();
        clock.set(T0.plus(Duration.ofDays(91)));
        assertThat(ids(admin.post(GUESTS, "{\"dryRun\":false}").body())).containsExactly(withEmail.path("id").asText());
        assertThat(emailGuest.get(emailPath).status()).isEqualTo(404);

        clock.set(T0.plus(Duration.ofDays(3_000)));
        assertThat(admin.post(GUESTS, "{\"dryRun\":false}").body().path("count").asLong()).isZero();
        assertThat(user.get(userPath).status()).as("user audits are kept").isEqualTo(200);
        assertThat(admin.get("/api/v1/admin/stats").body().path("guestAudits").asLong()).isZero();
    }

    @Test
    void aGuestAuditDeletedByTheCleanUpIsNoLongerServedFromTheProgressCache() {
        // The embedded database runs the in-process progress cache in front of the audits.
        HttpSession http = start(Map.of());
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        JsonNode started = http.anonymous().post("/api/v1/audits", "{}").body();
        HttpSession guest = http.anonymous().guest(started.path("guestToken").asText());
        String audit = "/api/v1/audits/" + started.path("id").asText();
        assertThat(guest.get(audit).status()).isEqualTo(200);
        long hits = application.cacheStatistics().orElseThrow().hits();
        assertThat(guest.get(audit).status()).isEqualTo(200);
        assertThat(application.cacheStatistics().orElseThrow().hits()).as("served from the cache").isGreaterThan(hits);

        clock.set(T0.plus(Duration.ofDays(30)));
        assertThat(ids(admin.post(GUESTS, "{\"dryRun\":false}").body())).containsExactly(started.path("id").asText());

        assertThat(guest.get(audit).status()).isEqualTo(404);
        assertThat(guest.get(audit + "/result").status()).isEqualTo(404);
    }

    /** Answers, submits and reports the guest's audit; answers the audit's path once the report is ready. */
    private static String withReport(HttpSession http, JsonNode started) {
        HttpSession guest = http.anonymous().guest(started.path("guestToken").asText());
        String audit = "/api/v1/audits/" + started.path("id").asText();
        assertThat(guest.patch(audit + "/answers", OperationsEndToEndTest.ALL_ANSWERS).status()).isEqualTo(200);
        assertThat(guest.post(audit + "/submit", null).status()).isEqualTo(200);
        String report = guest.post(audit + "/reports", "{\"template\": \"standard\"}").header("Location");
        awaitReady(guest, report);
        return audit;
    }

    @Test
    void finishedReportsAndTheirDocumentsGoAfterTheReportRetentionOnTheEmbeddedDatabase() throws IOException {
        HttpSession http = start(Map.of("ARA_REPORT_RETENTION_DAYS", "30"));
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        HttpSession user = http.bearer(AuditJourneyContract.token("erin", Set.of()));
        String audit = "/api/v1/audits/" + user.post("/api/v1/audits", "{}").body().path("id").asText();
        assertThat(user.patch(audit + "/answers", OperationsEndToEndTest.ALL_ANSWERS).status()).isEqualTo(200);
        assertThat(user.post(audit + "/submit", null).status()).isEqualTo(200);
        String report = user.post(audit + "/reports", "{\"template\": \"standard\"}").header("Location");
        awaitReady(user, report);
        Path documents = dataDir.resolve("objects").resolve("objects");
        assertThat(storedFiles(documents)).isNotEmpty();

        clock.set(T0.plus(Duration.ofDays(30)).minusSeconds(1));
        assertThat(admin.post(REPORTS, "{\"dryRun\":false}").body().path("count").asLong()).isZero();
        clock.set(T0.plus(Duration.ofDays(30)));
        JsonNode dry = admin.post(REPORTS, "{\"dryRun\":true}").body();
        assertThat(dry.path("count").asLong()).isEqualTo(1);
        assertThat(dry.path("objects").asLong()).isEqualTo(1);
        JsonNode deleted = admin.post(REPORTS, "{\"dryRun\":false}").body();

        assertThat(deleted.path("count").asLong()).isEqualTo(1);
        assertThat(storedFiles(documents)).isEmpty();
        assertThat(user.get(report).status()).isEqualTo(404);
        assertThat(user.get(audit).status()).as("the audit itself is kept").isEqualTo(200);
    }

    @Test
    void aDeletedGuestAuditTakesItsReportDocumentsAlong() throws IOException {
        HttpSession http = start();
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        JsonNode started = http.anonymous().post("/api/v1/audits", "{}").body();
        HttpSession guest = http.anonymous().guest(started.path("guestToken").asText());
        String audit = withReport(http, started);
        // The local storage (ARA_STORAGE_DIR, by default in the data directory) holds this one report's document.
        Path documents = dataDir.resolve("objects").resolve("objects");
        assertThat(storedFiles(documents)).isNotEmpty();

        JsonNode stats = admin.get("/api/v1/admin/stats").body();
        assertThat(stats.path("reportsByStatus").path("ready").asLong()).isEqualTo(1);
        assertThat(stats.path("queueDepth").asLong()).isZero();
        assertThat(stats.path("auditsByStatus").path("report_ready").asLong()).isEqualTo(1);

        clock.set(T0.plus(Duration.ofDays(30)));
        JsonNode dry = admin.post(GUESTS, "{\"dryRun\":true}").body();
        assertThat(dry.path("objects").asLong()).isEqualTo(1);
        assertThat(storedFiles(documents)).as("a dry run deletes nothing").isNotEmpty();
        JsonNode deleted = admin.post(GUESTS, "{\"dryRun\":false}").body();

        assertThat(ids(deleted)).containsExactly(started.path("id").asText());
        assertThat(deleted.path("objects").asLong()).isEqualTo(1);
        assertThat(storedFiles(documents)).isEmpty();
        assertThat(guest.get(audit).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/admin/stats").body().path("reportsByStatus").path("ready").asLong())
                .as("the report row went with its audit").isZero();
    }

    private static List<Path> storedFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Polls the report until it is ready; the deadline only bounds a broken run. */
    private static void awaitReady(HttpSession http, String location) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!http.get(location).body().path("status").asText().equals("ready")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("report not ready: " + http.get(location).body());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void theAuditLogKeepsAYear() {
        HttpSession http = start();
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        http.anonymous().post("/api/v1/audits", "{}");

        clock.set(T0.plus(Duration.ofDays(365)).minusSeconds(1));
        assertThat(admin.post(AUDIT_LOG, "{}").body().path("count").asLong()).as("nothing is a year old").isZero();

        clock.set(T0.plus(Duration.ofDays(365)));
        long due = admin.post(AUDIT_LOG, "{\"dryRun\":true}").body().path("count").asLong();
        assertThat(due).isPositive();
        assertThat(admin.post(AUDIT_LOG, "{\"dryRun\":false}").body().path("count").asLong()).isEqualTo(due);
        assertThat(admin.post(AUDIT_LOG, "{\"dryRun\":true}").body().path("count").asLong()).isZero();
    }

    @Test
    void onlyAdminsMayCleanUp() {
        HttpSession http = start();
        HttpSession user = http.bearer(AuditJourneyContract.token("mallory", Set.of()));
        assertThat(user.post(GUESTS, "{\"dryRun\":false}").status()).isEqualTo(404);
        assertThat(user.get("/api/v1/admin/stats").status()).isEqualTo(404);
    }
}
