package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The served OpenAPI document and the server agree: the same routes, and real responses that conform to the
 * document's schemas ({@link Api} checks every reply of every test; this test adds the route check, a full
 * walk through the API, and proof that the check can fail).
 */
class OpenApiContractTest extends ApiTest {
    @Test
    void servesTheDocumentAsOpenApi31() {
        Api.Reply reply = api.get("/api/openapi.json");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        assertThat(reply.body()).isEqualTo(OpenApiContract.DOCUMENT.text());
        JsonNode document = reply.json();
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.get("jsonSchemaDialect").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void describesExactlyTheRoutesTheServerRegistered() {
        // Javalin writes a parameter that spans segments as <key>, OpenAPI as {key}. The document says every GET also
        // answers HEAD: the server registers a HEAD for every GET the document lists without one.
        List<String> documented = new ArrayList<>(OpenApiContract.DOCUMENT.operations());
        OpenApiContract.DOCUMENT.operations().stream().filter(operation -> operation.startsWith("GET "))
                .map(operation -> "HEAD " + operation.substring(4)).filter(head -> !documented.contains(head))
                .toList().forEach(documented::add);
        assertThat(api.server.routes().stream().map(route -> route.replace('<', '{').replace('>', '}')).toList())
                .containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void documentsEveryOperationWithARequestBodyOrParametersAndAProblemForServerErrors() {
        JsonNode paths = OpenApiContract.DOCUMENT.document().get("paths");
        List<String> undocumented = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey() + " " + path.getKey();
                JsonNode responses = operation.getValue().get("responses");
                if (path.getKey().startsWith("/api/v1") && !responses.has("500")) {
                    undocumented.add(name + " has no 500");
                }
                if (path.getKey().contains("{") && !operation.getValue().has("parameters")) {
                    undocumented.add(name + " has no parameters");
                }
                if (List.of("put", "patch").contains(operation.getKey())
                        && !operation.getValue().has("requestBody")) {
                    undocumented.add(name + " has no request body");
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void requestExamplesConformToTheRequestSchemas() {
        OpenApiContract contract = OpenApiContract.DOCUMENT;
        assertThat(contract.validate("StartAuditRequest", "{\"questionnaire\": \"classic\", "
                + "\"organizationName\": \"Acme\"}")).isEmpty();
        assertThat(contract.validate("SaveAnswerRequest", "{\"value\": [\"a\", \"b\"]}")).isEmpty();
        assertThat(contract.validate("SaveAnswersRequest", "{\"answers\": {\"a\": 1, \"b\": true, \"c\": \"x\"}}"))
                .isEmpty();
        assertThat(contract.validate("ScoreRequest", "{\"version\": 1, \"answers\": {}}")).isEmpty();
        assertThat(contract.validate("SaveAnswerRequest", "{\"value\": null}")).isNotEmpty();
        assertThat(contract.validate("RequestReportRequest", "{\"template\": \"executive\", \"customization\":"
                + " {\"organizationName\": \"Acme\", \"brandColour\": \"#1f6feb\", \"logoKey\": \"uploads/a/b\"}}"))
                .isEmpty();
        assertThat(contract.validate("RequestReportRequest", "{\"customization\": {\"brandColour\": \"red\"}}"))
                .isNotEmpty();
        assertThat(contract.validate("UploadRequest", "{\"auditId\": \"" + UUID.randomUUID()
                + "\", \"contentType\": \"image/png\", \"size\": 524288}")).isEmpty();
        assertThat(contract.validate("UploadRequest", "{\"auditId\": \"" + UUID.randomUUID()
                + "\", \"contentType\": \"image/gif\", \"size\": 524289}")).isNotEmpty();
    }

    @Test
    void theSchemaCheckCatchesABodyThatDrifted() throws Exception {
        String started = api.json("POST", "/api/v1/audits", "{}").body();
        String audit = api.get("/api/v1/audits/" + Api.JSON.readTree(started).get("id").asText()).body();
        OpenApiContract contract = OpenApiContract.DOCUMENT;

        assertThat(contract.validate("StartedAudit", started)).isEmpty();
        assertThat(contract.validate("Audit", audit)).isEmpty();
        assertThat(contract.validate("Audit", started)).as("only the start reply may carry a guest token")
                .isNotEmpty();
        assertThat(contract.validate("Audit", audit.replace("\"status\":\"draft\"", "\"status\":\"DRAFT\"")))
                .isNotEmpty();
        assertThat(contract.validate("Audit", audit.replace("\"version\":1", "\"version\":1,\"extra\":true")))
                .isNotEmpty();
        assertThat(contract.validate("Audit", audit.replace("2026-11-26T10:15:30Z", "yesterday"))).isNotEmpty();
        assertThat(contract.validate("Problem", "{\"title\": \"x\"}")).isNotEmpty();
    }

    @Test
    void theReplyCheckRefusesAnUndocumentedStatusOrMediaType() {
        OpenApiContract contract = OpenApiContract.DOCUMENT;
        String problem = "{\"type\":\"urn:ara:problem:conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"x\",\"instance\":\"/api/v1/score\"}";

        assertThatThrownBy(() -> contract.check("POST", "/api/v1/score",
                new Api.Reply(412, Map.of("content-type", "application/problem+json"), problem)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("status not documented");
        assertThatThrownBy(() -> contract.check("GET", "/api/v1/audits/" + UUID.randomUUID() + "/result",
                new Api.Reply(409, Map.of("content-type", "application/json"), problem)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("content type");
    }

    @Test
    void aWalkThroughEveryRouteConformsToTheDocument() {
        // Api checks each reply against the document; this walk makes sure every operation is exercised.
        assertThat(api.get("/api/live").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaire").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaire", "If-None-Match", "\"classic-v2-s3\"").status()).isEqualTo(304);
        assertThat(api.get("/api/v1/questionnaires/classic/versions/1").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaires").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaires/full").status()).isEqualTo(200);
        String id = api.startAudit();
        String audit = "/api/v1/audits/" + id;
        assertThat(api.get("/api/v1/audits?page=0&size=10").status()).isEqualTo(200);
        assertThat(api.get(audit).status()).isEqualTo(200);
        assertThat(api.json("PUT", audit + "/answers/industry", "{\"value\": \"healthcare\"}").status())
                .isEqualTo(200);
        assertThat(api.json("PUT", audit + "/answers/controls", "{\"value\": [\"soc2\"]}").status()).isEqualTo(200);
        assertThat(api.json("PUT", audit + "/answers/org_notes", "{\"value\": \"hello\"}").status()).isEqualTo(200);
        assertThat(api.send("DELETE", audit + "/answers/org_notes", null).status()).isEqualTo(200);
        assertThat(api.get(audit + "/result").status()).isEqualTo(409);
        assertThat(api.send("POST", audit + "/submit", null).status()).isEqualTo(422);
        api.answerAllRequired(id);
        assertThat(api.send("POST", audit + "/submit", null).status()).isEqualTo(200);
        assertThat(api.get(audit + "/result").status()).isEqualTo(200);
        assertThat(api.json("POST", "/api/v1/score", "{\"answers\": {\"company_size\": \"small\"}}").status())
                .isEqualTo(200);
        JsonNode guest = api.anonymous().json("POST", "/api/v1/audits", "{}").json();
        String guestAudit = "/api/v1/audits/" + guest.get("id").asText();
        String token = guest.get("guestToken").asText();
        assertThat(api.asGuest(token).json("POST", guestAudit + "/guest-email", "{\"email\": \"g@example.com\"}")
                .status()).isEqualTo(200);
        assertThat(api.as("Authorization", "Bearer user:walker", "X-Guest-Token", token)
                .send("POST", guestAudit + "/claim", null).status()).isEqualTo(200);
        assertThat(api.anonymous().get(audit).status()).isEqualTo(401);
        assertThat(api.as("Authorization", "Bearer forged").get("/api/v1/questionnaire").status()).isEqualTo(401);
    }
}
