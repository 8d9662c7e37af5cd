package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditApiTest extends ApiTest {
    @Test
    void startsAnAuditWithLocationEtagAndBody() {
        Api.Reply reply = api.json("POST", "/api/v1/audits",
                "{\"questionnaire\": \"classic\", \"organizationName\": \"  Acme  \"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode audit = reply.json();
        String id = audit.get("id").asText();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(reply.header("Location")).isEqualTo("/api/v1/audits/" + id);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(audit.get("status").asText()).isEqualTo("draft");
        assertThat(audit.get("guestToken").isNull()).as("a user's audit has no guest token").isTrue();
        assertThat(audit.get("guest").asBoolean()).isFalse();
        assertThat(audit.get("guestEmailGiven").asBoolean()).isFalse();
        assertThat(audit.get("submitRequires").asText()).as("a user's own audit needs nothing more").isEqualTo("nothing");
        assertThat(audit.at("/questionnaire/id").asText()).isEqualTo("classic");
        assertThat(audit.at("/questionnaire/version").asInt()).isEqualTo(2);
        assertThat(audit.get("organizationName").asText()).isEqualTo("Acme");
        assertThat(audit.get("answers").isEmpty()).isTrue();
        assertThat(audit.at("/progress/currentStepId").asText()).isEqualTo("company");
        assertThat(audit.at("/progress/readyToSubmit").asBoolean()).isFalse();
        assertThat(audit.at("/score/total/score").asDouble()).isZero();
        assertThat(audit.at("/potentialScore/percent").asDouble()).isEqualTo(100);
        assertThat(audit.get("missingCritical")).extracting(JsonNode::asText)
                .containsExactly("company_size", "ai_usage", "has_policy");
        assertThat(audit.get("version").asLong()).isEqualTo(1);
        assertThat(audit.get("createdAt").asText()).isEqualTo("2026-11-26T10:15:30Z");
        assertThat(audit.get("submittedAt").isNull()).isTrue();
    }

    @Test
    void startsAnAuditWithoutABody() {
        Api.Reply reply = api.send("POST", "/api/v1/audits", null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("organizationName").isNull()).isTrue();
    }

    @Test
    void rejectsAnUnknownQuestionnaireNamingTheFieldAndTheRule() {
        int writes = api.backend.writes();
        JsonNode problem = Api.problem(api.json("POST", "/api/v1/audits", "{\"questionnaire\": \"nope\"}"), 422);

        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:validation-failed");
        assertThat(Api.errors(problem)).containsExactly("questionnaire unknown_questionnaire");
        assertThat(problem.at("/errors/0/message").asText()).contains("nope", "/api/v1/questionnaires");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void startsAnAuditOnTheFullQuestionnaire() {
        Api.Reply reply = api.json("POST", "/api/v1/audits", "{\"questionnaire\": \"full\"}");

        assertThat(reply.status()).isEqualTo(201);
        JsonNode audit = reply.json();
        assertThat(audit.at("/questionnaire/id").asText()).isEqualTo("full");
        assertThat(audit.at("/questionnaire/version").asInt()).isEqualTo(1);
        assertThat(audit.at("/progress/currentStepId").asText()).isEqualTo("organisation_profile");
        String path = reply.header("Location");
        Api.Reply saved = api.json("PUT", path + "/answers/company_size", "{\"value\": \"medium\"}");
        assertThat(saved.status()).isEqualTo(200);
        Api.Reply unknown = api.json("PUT", path + "/answers/regulated_data", "{\"value\": [\"unknown\"]}");
        assertThat(unknown.status()).as("\"I don't know\" is a plain option id").isEqualTo(200);
        JsonNode reread = api.get(path).json();
        assertThat(reread.at("/answers/company_size").asText()).isEqualTo("medium");
        assertThat(reread.at("/answers/regulated_data/0").asText()).isEqualTo("unknown");
        Api.problem(api.json("PUT", path + "/answers/ai_usage", "{\"value\": 3}"), 404);
    }

    @Test
    void startsOnTheDefaultQuestionnaireWhenNoneIsNamed() {
        JsonNode audit = api.json("POST", "/api/v1/audits", "{\"organizationName\": \"Acme\"}").json();

        assertThat(audit.at("/questionnaire/id").asText()).isEqualTo("classic");
    }

    @Test
    void rejectsAnInvalidStartRequestNamingEveryField() {
        int writes = api.backend.writes();
        JsonNode problem = Api.problem(api.json("POST", "/api/v1/audits",
                "{\"questionnaire\": \"Not An Id\", \"organizationName\": 42, \"owner\": \"me\"}"), 422);

        assertThat(Api.errors(problem)).containsExactlyInAnyOrder("questionnaire invalid_format",
                "organizationName wrong_type", "owner unknown_field");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/audits",
                "{\"organizationName\": \"" + "x".repeat(201) + "\"}"), 422)))
                .containsExactly("organizationName too_long");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void rejectsMalformedJsonAndWrongContentTypes() {
        int writes = api.backend.writes();
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/audits", "{\"organizationName\": "), 400)))
                .containsExactly("body malformed_json");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/audits", "{\"a\": 1, \"a\": 2}"), 400)))
                .containsExactly("body malformed_json");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/audits", "{} {}"), 400)))
                .containsExactly("body malformed_json");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/audits", "[1, 2]"), 400)))
                .containsExactly("body not_an_object");
        assertThat(Api.errors(Api.problem(api.send("POST", "/api/v1/audits", "{}", "Content-Type", "text/plain"),
                400))).containsExactly("Content-Type unsupported_media_type");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void readsAnAuditWithItsVersionAsEtag() {
        String id = api.startAudit();

        Api.Reply reply = api.get("/api/v1/audits/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"1\"");
        assertThat(reply.json().get("id").asText()).isEqualTo(id);
        Api.Reply notModified = api.get("/api/v1/audits/" + id, "If-None-Match", "\"1\"");
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void answersNotFoundForAnUnknownAuditAndBadRequestForABadId() {
        JsonNode notFound = Api.problem(api.get("/api/v1/audits/" + UUID.randomUUID()), 404);
        assertThat(notFound.get("type").asText()).isEqualTo("urn:ara:problem:not-found");

        assertThat(Api.errors(Api.problem(api.get("/api/v1/audits/not-a-uuid"), 400)))
                .containsExactly("id invalid_format");
    }

    @Test
    void listsOnlyTheCallersAuditsAndNoneForAnAnonymousCaller() {
        Api lister = api.asUser("lister-" + UUID.randomUUID());
        String first = lister.startAudit();
        String second = lister.startAudit();
        api.asUser("someone-else-" + UUID.randomUUID()).startAudit();

        JsonNode page = lister.get("/api/v1/audits").json();
        assertThat(page.get("items")).extracting(item -> item.get("id").asText())
                .containsExactlyInAnyOrder(first, second);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asLong()).isEqualTo(2);

        JsonNode later = lister.get("/api/v1/audits?page=2&size=5").json();
        assertThat(later.get("page").asInt()).isEqualTo(2);
        assertThat(later.get("size").asInt()).isEqualTo(5);
        assertThat(later.get("items").isEmpty()).isTrue();

        JsonNode anonymous = api.anonymous().get("/api/v1/audits").json();
        assertThat(anonymous.get("items").isEmpty()).isTrue();
        assertThat(anonymous.get("total").asLong()).isZero();
    }

    @Test
    void rejectsABadPageOrSizeNamingTheParameter() {
        assertThat(Api.errors(Api.problem(api.get("/api/v1/audits?page=-1"), 400))).containsExactly(
                "page invalid_value");
        assertThat(Api.errors(Api.problem(api.get("/api/v1/audits?page=abc"), 400))).containsExactly(
                "page invalid_value");
        assertThat(Api.errors(Api.problem(api.get("/api/v1/audits?size=0"), 400))).containsExactly(
                "size invalid_value");
        assertThat(Api.errors(Api.problem(api.get("/api/v1/audits?size=101"), 400))).containsExactly(
                "size invalid_value");
    }
}
