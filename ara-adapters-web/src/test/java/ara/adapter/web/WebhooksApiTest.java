package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhook admin routes over the real service, the in-memory store and the real sender (its SSRF rules; host
 * names resolve to the fixed answers of {@link TestBackend#WEBHOOK_HOSTS}): admins only, problems naming the field
 * and rule, the secret shown only when made, rotation, deliveries and replay.
 */
class WebhooksApiTest {
    private static final String HOOKS = "/api/v1/admin/webhooks";
    private static final String VALID = """
            {"url": "https://hooks.example.com/ara", "eventTypes": ["audit.submitted", "report.ready"],
             "description": "CRM"}""";

    private final Api api = new Api();
    private final Api admin = api.asUser("root:admin");

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode register() {
        Api.Reply reply = admin.json("POST", HOOKS, VALID);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    @Test
    void onlyAdminsReachTheWebhookRoutes() {
        String id = register().path("endpoint").path("id").asText();
        String event = UUID.randomUUID().toString();
        List<String[]> routes = List.of(new String[]{"GET", HOOKS}, new String[]{"POST", HOOKS},
                new String[]{"GET", HOOKS + "/" + id}, new String[]{"PATCH", HOOKS + "/" + id},
                new String[]{"DELETE", HOOKS + "/" + id}, new String[]{"POST", HOOKS + "/" + id + "/secret"},
                new String[]{"GET", HOOKS + "/" + id + "/deliveries"},
                new String[]{"POST", HOOKS + "/" + id + "/deliveries/" + event + "/replay"});
        for (String[] route : routes) {
            String body = route[0].equals("GET") || route[0].equals("DELETE") ? null : VALID;
            assertThat(api.anonymous().json(route[0], route[1], body).status()).as(route[0] + " " + route[1])
                    .isEqualTo(401);
            Api.problem(api.asUser("alice").json(route[0], route[1], body), 404);
        }
        assertThat(admin.get(HOOKS + "/" + id).status()).as("nothing was changed or deleted").isEqualTo(200);
        assertThat(admin.get(HOOKS).json().get("items")).hasSize(1);
    }

    @Test
    void registersWithASecretShownOnce() {
        JsonNode created = register();
        JsonNode endpoint = created.get("endpoint");
        String id = endpoint.get("id").asText();

        assertThat(created.get("secret").asText()).startsWith("whsec_");
        assertThat(endpoint.get("url").asText()).isEqualTo("https://hooks.example.com/ara");
        assertThat(endpoint.get("eventTypes")).extracting(JsonNode::asText)
                .containsExactly("audit.submitted", "report.ready");
        assertThat(endpoint.get("enabled").asBoolean()).isTrue();
        Api.Reply read = admin.get(HOOKS + "/" + id);
        assertThat(read.json().get("description").asText()).isEqualTo("CRM");
        assertThat(read.body()).doesNotContain("whsec_", created.get("secret").asText().substring(6));
        assertThat(admin.get(HOOKS).body()).doesNotContain("whsec_");
    }

    @Test
    void refusesBadBodiesNamingEachField() {
        JsonNode missing = Api.problem(admin.json("POST", HOOKS, "{}"), 422);
        assertThat(Api.errors(missing)).containsExactlyInAnyOrder("url required", "eventTypes required");

        JsonNode wrong = Api.problem(admin.json("POST", HOOKS, """
                {"url": "not a url", "eventTypes": ["audit.exploded"], "description": 7, "secret": "x"}"""), 422);
        assertThat(Api.errors(wrong)).contains("url invalid_format", "eventTypes unknown_event_type",
                "description wrong_type", "secret unknown_field");

        JsonNode empty = Api.problem(admin.json("POST", HOOKS, """
                {"url": "https://hooks.example.com/", "eventTypes": []}"""), 422);
        assertThat(Api.errors(empty)).containsExactly("eventTypes empty");

        Api.problem(admin.json("POST", HOOKS, "[1]"), 400);
        assertThat(admin.get(HOOKS).json().get("items")).isEmpty();
    }

    @Test
    void refusesTargetsTheForgeryRulesForbid() {
        for (String url : List.of("http://hooks.example.com/", "https://internal.example.com/",
                "https://127.0.0.1/", "https://[::1]/", "https://169.254.169.254/latest/meta-data",
                "https://[fd00:ec2::254]/", "https://user:pw@hooks.example.com/")) {
            JsonNode problem = Api.problem(admin.json("POST", HOOKS, "{\"url\": \"" + url
                    + "\", \"eventTypes\": [\"audit.started\"]}"), 422);
            assertThat(Api.errors(problem)).as(url).containsExactly("url target_refused");
        }
        JsonNode problem = Api.problem(admin.json("POST", HOOKS, """
                {"url": "https://internal.example.com/", "eventTypes": ["audit.started"]}"""), 422);
        assertThat(problem.get("detail").asText()).contains("private");
        assertThat(admin.get(HOOKS).json().get("items")).isEmpty();
    }

    @Test
    void changesOnlyWhatIsGivenAndChecksANewUrl() {
        String id = register().path("endpoint").path("id").asText();

        JsonNode changed = admin.json("PATCH", HOOKS + "/" + id, """
                {"eventTypes": ["audit.started"], "enabled": false}""").json();
        assertThat(changed.get("eventTypes")).extracting(JsonNode::asText).containsExactly("audit.started");
        assertThat(changed.get("enabled").asBoolean()).isFalse();
        assertThat(changed.get("disabledReason").asText()).isEqualTo("disabled by an admin");
        assertThat(changed.get("description").asText()).isEqualTo("CRM");

        JsonNode refused = Api.problem(admin.json("PATCH", HOOKS + "/" + id, """
                {"url": "https://internal.example.com/"}"""), 422);
        assertThat(Api.errors(refused)).containsExactly("url target_refused");
        JsonNode wrong = Api.problem(admin.json("PATCH", HOOKS + "/" + id, """
                {"enabled": "yes", "eventTypes": "audit.started"}"""), 422);
        assertThat(Api.errors(wrong)).containsExactlyInAnyOrder("enabled wrong_type", "eventTypes wrong_type");

        JsonNode enabled = admin.json("PATCH", HOOKS + "/" + id, "{\"enabled\": true}").json();
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        assertThat(enabled.get("disabledReason").isNull()).isTrue();
    }

    @Test
    void rotatesTheSecretKeepingThePreviousForADay() {
        JsonNode created = register();
        String id = created.path("endpoint").path("id").asText();

        JsonNode rotated = admin.send("POST", HOOKS + "/" + id + "/secret", null).json();

        assertThat(rotated.get("secret").asText()).startsWith("whsec_").isNotEqualTo(created.get("secret").asText());
        assertThat(rotated.path("endpoint").path("previousSecretUntil").asText()).isNotEmpty();
    }

    @Test
    void deletesAndAnswers404ForUnknownOrMalformedIds() {
        String id = register().path("endpoint").path("id").asText();

        assertThat(admin.send("DELETE", HOOKS + "/" + id, null).status()).isEqualTo(204);
        Api.problem(admin.get(HOOKS + "/" + id), 404);
        Api.problem(admin.send("DELETE", HOOKS + "/" + id, null), 404);
        JsonNode malformed = Api.problem(admin.get(HOOKS + "/NOT-A-UUID"), 400);
        assertThat(Api.errors(malformed)).containsExactly("id invalid_format");
        JsonNode page = Api.problem(admin.get(HOOKS + "/" + UUID.randomUUID() + "/deliveries?size=0"), 400);
        assertThat(Api.errors(page)).containsExactly("size invalid_value");
    }

    @Test
    void replaysAnEventCheckingTheTargetAgainAndListsTheAttempt() {
        TestBackend.WEBHOOK_HOSTS.put("rebind.example.com", new byte[]{93, (byte) 184, (byte) 215, 14});
        String id = admin.json("POST", HOOKS, """
                {"url": "https://rebind.example.com/hooks", "eventTypes": ["audit.started"]}""")
                .json().path("endpoint").path("id").asText();
        api.asUser("alice").startAudit();
        UUID event = eventOfTheStartedAudit();
        // The name now resolves to a private address (DNS rebinding): the delivery is refused, no connection made.
        TestBackend.WEBHOOK_HOSTS.put("rebind.example.com", new byte[]{10, 0, 0, 7});

        JsonNode replay = admin.send("POST", HOOKS + "/" + id + "/deliveries/" + event + "/replay", null).json();

        assertThat(replay.get("eventId").asText()).isEqualTo(event.toString());
        assertThat(replay.get("outcome").asText()).isEqualTo("failed");
        assertThat(replay.get("error").asText()).contains("must resolve to public addresses only");
        JsonNode deliveries = admin.get(HOOKS + "/" + id + "/deliveries?page=0&size=10").json();
        assertThat(deliveries.get("items")).hasSize(1);
        assertThat(deliveries.get("items").get(0).get("eventId").asText()).isEqualTo(event.toString());
        assertThat(admin.get(HOOKS + "/" + id).json().get("failingSince").isNull()).isFalse();
        JsonNode unknown = Api.problem(admin.send("POST", HOOKS + "/" + id + "/deliveries/" + UUID.randomUUID()
                + "/replay", null), 404);
        assertThat(unknown.get("detail").asText()).contains("not found");
    }

    private UUID eventOfTheStartedAudit() {
        return api.backend.outbox.claim(java.time.Instant.parse("2999-01-01T00:00:00Z"), 10, "test",
                java.time.Duration.ofMinutes(1)).getFirst().event().id();
    }
}
