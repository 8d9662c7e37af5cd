package ara.adapter.web;

import ara.application.port.in.admin.CleanUpCommand;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin routes over fake admin use cases: admins only, dry run by default, problems for bad bodies and busy. */
class AdminApiTest {
    private static final String GUESTS = "/api/v1/admin/maintenance/guest-cleanup";
    private static final String AUDIT_LOG = "/api/v1/admin/maintenance/audit-log-cleanup";

    private final Api api = new Api();
    private final Api admin = api.asUser("root:admin");

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void onlyAdminsReachTheAdminRoutes() {
        assertThat(api.anonymous().get("/api/v1/admin/stats").status()).isEqualTo(401);
        Api.problem(api.asUser("alice").get("/api/v1/admin/stats"), 404);
        Api.problem(api.asUser("alice").json("POST", GUESTS, "{\"dryRun\":false}"), 404);
        assertThat(api.admin.commands).isEmpty();
    }

    @Test
    void aBarePostIsADryRunAndDryRunFalseDeletes() {
        JsonNode dry = admin.send("POST", GUESTS, null).json();
        assertThat(dry.get("dryRun").asBoolean()).isTrue();
        assertThat(dry.get("job").asText()).isEqualTo("guest-cleanup");
        assertThat(dry.get("ids")).hasSize(1);

        JsonNode real = admin.json("POST", GUESTS, "{\"dryRun\":false}").json();
        assertThat(real.get("dryRun").asBoolean()).isFalse();
        assertThat(real.get("count").asLong()).isEqualTo(1);
        assertThat(api.admin.commands).extracting(CleanUpCommand::dryRun).containsExactly(true, false);
        assertThat(api.admin.commands.getLast().actor()).isEqualTo("user:root");
    }

    @Test
    void theAuditLogCleanupAnswersItsOwnJob() {
        JsonNode reply = admin.json("POST", AUDIT_LOG, "{\"dryRun\":true}").json();
        assertThat(reply.get("job").asText()).isEqualTo("audit-log-cleanup");
        assertThat(reply.get("ids")).isEmpty();
    }

    @Test
    void aWrongBodyIsRefusedNamingTheField() {
        JsonNode problem = Api.problem(admin.json("POST", GUESTS, "{\"dryRun\":\"no\"}"), 422);
        assertThat(problem.toString()).contains("dryRun");
        JsonNode unknown = Api.problem(admin.json("POST", GUESTS, "{\"dryrun\":false}"), 422);
        assertThat(unknown.toString()).contains("dryrun");
        assertThat(api.admin.commands).isEmpty();
    }

    @Test
    void aCleanupRunningElsewhereIsAConflict() {
        api.admin.busy = true;
        JsonNode problem = Api.problem(admin.json("POST", GUESTS, "{\"dryRun\":false}"), 409);
        assertThat(problem.get("detail").asText()).contains("guest-cleanup");
    }

    @Test
    void statsShowEveryStatusAndTheRates() {
        JsonNode stats = admin.get("/api/v1/admin/stats").json();
        assertThat(stats.get("auditsByStatus").get("draft").asLong()).isEqualTo(3);
        assertThat(stats.get("completionRate").asDouble()).isEqualTo(0.25);
        assertThat(stats.get("guestsConverted").asLong()).isEqualTo(1);
        assertThat(stats.get("reportsByStatus").get("ready").asLong()).isEqualTo(5);
        assertThat(stats.get("queueDepth").asLong()).isEqualTo(3);
    }

    @Test
    void publishingAnswersCreatedWithThePublicLocation() {
        Api.Reply reply = admin.json("POST", "/api/v1/admin/questionnaires", "{\"formatVersion\":1}");
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/questionnaires/classic/versions/2");
        assertThat(reply.json().get("source").asText()).isEqualTo("published");
        assertThat(reply.json().get("publishedBy").asText()).isEqualTo("user:root");
        assertThat(new String(api.admin.published.getFirst().document(), StandardCharsets.UTF_8))
                .isEqualTo("{\"formatVersion\":1}");
    }

    @Test
    void anInvalidQuestionnaireIsAProblemNamingTheElement() {
        JsonNode problem = Api.problem(admin.json("POST", "/api/v1/admin/questionnaires", "{\"broken\":true}"), 422);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("steps[0].questions[1].weight");
        assertThat(problem.get("errors").get(0).get("rule").asText()).isEqualTo("invalid_questionnaire");
        Api.problem(admin.json("POST", "/api/v1/admin/questionnaires", "[1]"), 400);
        Api.problem(api.asUser("alice").json("POST", "/api/v1/admin/questionnaires", "{}"), 404);
        assertThat(api.admin.published).isEmpty();
    }

    @Test
    void listsTheVersions() {
        JsonNode items = admin.get("/api/v1/admin/questionnaires").json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("source").asText()).isEqualTo("shipped");
        assertThat(items.get(0).get("publishedAt").isNull()).isTrue();
    }
}
