package ara.bootstrap.e2e;

import ara.bootstrap.Application;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a questionnaire version through HTTP on the embedded database: served at once without a restart,
 * audits keep their pinned version, the version survives a restart; invalid documents are problems naming the
 * element.
 */
class QuestionnairePublishingEndToEndTest {
    private static final Path SHIPPED = Path.of(
            "../ara-adapters-catalog/src/main/resources/ara/adapter/catalog/classic-v1.json");
    private static final Path SHIPPED_FULL = Path.of(
            "../ara-adapters-catalog/src/main/resources/ara/adapter/catalog/full-v1.json");

    @TempDir
    Path dataDir;
    private Application application;

    private HttpSession start() {
        return start(Map.of());
    }

    private HttpSession start(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(Map.of("ARA_PORT", "0", "ARA_HOST", "127.0.0.1", "ARA_DATA_DIR",
                dataDir.toString(), "ARA_JWT_SECRET", AuditJourneyContract.JWT_SECRET));
        env.putAll(settings);
        application = Application.start(AraSettings.from(ConfigSource.of(TestLimits.generous(env))),
                Clock.systemUTC());
        return new HttpSession(application.port());
    }

    @AfterEach
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    private static String classicVersion2() throws IOException {
        return Files.readString(SHIPPED).replaceFirst("\"version\":\\s*1,", "\"version\": 2,")
                .replaceFirst("\"title\":\\s*\"Agent Readiness Audit\"", "\"title\": \"Agent Readiness Audit 2\"");
    }

    @Test
    void aPublishedVersionIsServedAtOnceAndSurvivesARestartWhileAuditsKeepTheirs() throws IOException {
        HttpSession http = start();
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        HttpSession user = http.bearer(AuditJourneyContract.token("dana", Set.of()));
        String before = "/api/v1/audits/" + user.post("/api/v1/audits", "{}").body().path("id").asText();

        HttpSession.Reply published = admin.post("/api/v1/admin/questionnaires", classicVersion2());

        assertThat(published.status()).as(published.raw().body()).isEqualTo(201);
        assertThat(published.header("Location")).isEqualTo("/api/v1/questionnaires/classic/versions/2");
        assertThat(http.get("/api/v1/questionnaire").body().path("version").asInt()).isEqualTo(2);
        assertThat(user.get(before).body().path("questionnaire").path("version").asInt()).as("pinned").isEqualTo(1);
        String after = "/api/v1/audits/" + user.post("/api/v1/audits", "{}").body().path("id").asText();
        assertThat(user.get(after).body().path("questionnaire").path("version").asInt()).isEqualTo(2);
        assertThat(admin.post("/api/v1/admin/questionnaires", classicVersion2()).status()).isEqualTo(409);

        application.close();
        application = null;
        HttpSession restarted = start();
        assertThat(restarted.get("/api/v1/questionnaire").body().path("title").asText())
                .isEqualTo("Agent Readiness Audit 2");
        JsonNode versions = restarted.bearer(AuditJourneyContract.token("root", Set.of("admin")))
                .get("/api/v1/admin/questionnaires").body().path("items");
        // The shipped full v1 is listed too; this test is about classic's versions.
        assertThat(versions).filteredOn(item -> item.path("id").asText().equals("classic"))
                .extracting(item -> item.path("version").asInt() + ":" + item.path("source").asText()
                        + ":" + item.path("current").asBoolean())
                .containsExactly("1:shipped:false", "2:published:true");
    }

    @Test
    void anInvalidDocumentIsAProblemNamingTheElement() throws IOException {
        HttpSession admin = start().bearer(AuditJourneyContract.token("root", Set.of("admin")));
        String broken = classicVersion2().replaceFirst("\"estimatedMinutes\":\\s*15", "\"estimatedMinutes\": \"x\"");

        HttpSession.Reply reply = admin.post("/api/v1/admin/questionnaires", broken);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().path("errors").path(0).path("field").asText()).isEqualTo("estimatedMinutes");
        assertThat(admin.get("/api/v1/questionnaire").body().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void theFullQuestionnairesDocumentIsPublishedUnderTheQuestionnaireLimitNotTheApis() throws IOException {
        HttpSession http = start();
        HttpSession admin = http.bearer(AuditJourneyContract.token("root", Set.of("admin")));
        String fullVersion2 = Files.readString(SHIPPED_FULL).replaceFirst("\"version\":\\s*1,", "\"version\": 2,");
        assertThat(Files.size(SHIPPED_FULL)).as("larger than ARA_MAX_REQUEST_BYTES").isGreaterThan(65_536);

        HttpSession.Reply published = admin.post("/api/v1/admin/questionnaires", fullVersion2);

        assertThat(published.status()).as(published.raw().body()).isEqualTo(201);
        assertThat(published.header("Location")).isEqualTo("/api/v1/questionnaires/full/versions/2");
        JsonNode listed = http.get("/api/v1/questionnaires").body();
        assertThat(listed).extracting(item -> item.path("id").asText() + " v" + item.path("version").asInt())
                .containsExactly("classic v1", "full v2");
        assertThat(http.post("/api/v1/audits", "{\"questionnaire\": \"full\"}").body().path("questionnaire")
                .path("version").asInt()).isEqualTo(2);
    }

    @Test
    void aDocumentOverTheQuestionnaireLimitIsContentTooLarge() throws IOException {
        HttpSession admin = start(Map.of("ARA_MAX_QUESTIONNAIRE_BYTES", "65536"))
                .bearer(AuditJourneyContract.token("root", Set.of("admin")));
        String fullVersion2 = Files.readString(SHIPPED_FULL).replaceFirst("\"version\":\\s*1,", "\"version\": 2,");

        HttpSession.Reply reply = admin.post("/api/v1/admin/questionnaires", fullVersion2);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.body().path("detail").asText()).contains("65536");
        assertThat(admin.get("/api/v1/questionnaires/full").body().path("version").asInt()).isEqualTo(1);
    }
}
