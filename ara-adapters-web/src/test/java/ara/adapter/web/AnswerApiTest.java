package ara.adapter.web;

import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.IllegalStatusTransition;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerApiTest extends ApiTest {
    private static Api.Reply put(String audit, String question, String body, String... headers) {
        return api.json("PUT", "/api/v1/audits/" + audit + "/answers/" + question, body, headers);
    }

    private static Api.Reply patch(String audit, String body, String... headers) {
        return api.json("PATCH", "/api/v1/audits/" + audit + "/answers", body, headers);
    }

    private static JsonNode audit(String id) {
        return api.get("/api/v1/audits/" + id).json();
    }

    @Test
    void autosavesOneAnswer() {
        String id = api.startAudit();

        Api.Reply reply = put(id, "company_size", "{\"value\": \"medium\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        JsonNode body = reply.json();
        assertThat(body.get("questionId").asText()).isEqualTo("company_size");
        assertThat(body.get("value").asText()).isEqualTo("medium");
        assertThat(body.get("version").asLong()).isEqualTo(2);
        assertThat(body.at("/progress/answered").asInt()).isEqualTo(1);
        assertThat(body.get("warnings").isEmpty()).isTrue();
        assertThat(body.get("nextStepId").asText()).isEqualTo("company");
        assertThat(audit(id).at("/answers/company_size").asText()).isEqualTo("medium");
    }

    @Test
    void mapsEveryJsonShapeToAnAnswer() {
        String id = api.startAudit();
        put(id, "industry", "{\"value\": \"finance\"}");

        assertThat(put(id, "controls", "{\"value\": [\"hipaa\", \"soc2\"]}").json().get("value"))
                .extracting(JsonNode::asText).containsExactly("hipaa", "soc2");
        assertThat(put(id, "ai_usage", "{\"value\": 4}").json().get("value").asInt()).isEqualTo(4);
        assertThat(put(id, "automation_pct", "{\"value\": 37.5}").json().get("value").asDouble()).isEqualTo(37.5);
        assertThat(put(id, "has_policy", "{\"value\": true}").json().get("value").asBoolean()).isTrue();
        assertThat(put(id, "org_notes", "{\"value\": \"fine\"}").json().get("value").asText()).isEqualTo("fine");

        JsonNode answers = audit(id).get("answers");
        assertThat(answers.get("ai_usage").isIntegralNumber()).isTrue();
        assertThat(answers.get("automation_pct").asDouble()).isEqualTo(37.5);
        assertThat(answers.get("has_policy").isBoolean()).isTrue();
        assertThat(answers.get("controls").isArray()).isTrue();
    }

    @Test
    void reportsCrossQuestionWarnings() {
        String id = api.startAudit();
        put(id, "industry", "{\"value\": \"healthcare\"}");

        JsonNode saved = put(id, "controls", "{\"value\": [\"soc2\"]}").json();

        assertThat(saved.get("warnings")).hasSize(1);
        assertThat(saved.at("/warnings/0/code").asText()).isEqualTo("healthcare_without_hipaa");
        assertThat(saved.at("/warnings/0/missing/0").asText()).isEqualTo("hipaa");
        assertThat(saved.at("/warnings/0/message").asText()).isEqualTo("Healthcare without HIPAA");
    }

    @Test
    void honoursIfMatchAndRefusesAStaleVersion() {
        String id = api.startAudit();
        assertThat(put(id, "company_size", "{\"value\": \"small\"}", "If-Match", "\"1\"").status()).isEqualTo(200);
        int writes = api.backend.writes();

        Api.Reply stale = put(id, "company_size", "{\"value\": \"large\"}", "If-Match", "\"1\"");

        JsonNode problem = Api.problem(stale, 412);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:precondition-failed");
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.backend.writes()).isEqualTo(writes);
        assertThat(audit(id).at("/answers/company_size").asText()).isEqualTo("small");
        assertThat(put(id, "company_size", "{\"value\": \"large\"}", "If-Match", "*").status()).isEqualTo(200);
        Api.problem(patch(id, "{\"answers\": {\"ai_usage\": 2}}", "If-Match", "\"2\""), 412);
        Api.problem(api.send("DELETE", "/api/v1/audits/" + id + "/answers/company_size", null, "If-Match", "\"1\""),
                412);
        assertThat(Api.errors(Api.problem(put(id, "company_size", "{\"value\": \"large\"}", "If-Match", "seven"),
                400))).containsExactly("If-Match invalid_format");
    }

    @Test
    void rejectsAnInvalidValueListingEveryProblem() {
        String id = api.startAudit();
        put(id, "industry", "{\"value\": \"finance\"}");
        int writes = api.backend.writes();

        JsonNode unknownOption = Api.problem(put(id, "company_size", "{\"value\": \"huge\"}"), 422);
        JsonNode outOfRange = Api.problem(put(id, "ai_usage", "{\"value\": 9.5}"), 422);
        JsonNode wrongType = Api.problem(put(id, "has_policy", "{\"value\": \"yes\"}"), 422);
        JsonNode multi = Api.problem(put(id, "controls", "{\"value\": [\"none\", \"soc2\", \"soc2\", \"x\"]}"),
                422);

        assertThat(unknownOption.get("type").asText()).isEqualTo("urn:ara:problem:validation-failed");
        assertThat(Api.errors(unknownOption)).containsExactly("value unknown_option");
        assertThat(Api.errors(outOfRange)).containsExactly("value out_of_range", "value not_whole_number");
        assertThat(Api.errors(wrongType)).containsExactly("value wrong_type");
        assertThat(Api.errors(multi)).contains("value unknown_option", "value duplicate_option",
                "value exclusive_option_combined");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void rejectsNullObjectsAndMissingValuesNamingTheField() {
        String id = api.startAudit();
        int writes = api.backend.writes();

        assertThat(Api.errors(Api.problem(put(id, "company_size", "{\"value\": null}"), 422)))
                .containsExactly("value wrong_type");
        assertThat(Api.errors(Api.problem(put(id, "company_size", "{\"value\": {\"a\": 1}}"), 422)))
                .containsExactly("value wrong_type");
        assertThat(Api.errors(Api.problem(put(id, "company_size", "{\"value\": [1]}"), 422)))
                .containsExactly("value wrong_type");
        assertThat(Api.errors(Api.problem(put(id, "ai_usage", "{\"value\": 1e400}"), 422)))
                .containsExactly("value wrong_type");
        assertThat(Api.errors(Api.problem(put(id, "company_size", "{}"), 422)))
                .containsExactly("value required");
        assertThat(Api.errors(Api.problem(put(id, "company_size", "{\"value\": \"small\", \"extra\": 1}"), 422)))
                .containsExactly("extra unknown_field");
        assertThat(Api.errors(Api.problem(api.send("PUT", "/api/v1/audits/" + id + "/answers/company_size", null),
                400))).containsExactly("body required");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void answersNotFoundForAnUnknownQuestionOrAudit() {
        String id = api.startAudit();

        Api.problem(put(id, "no_such_question", "{\"value\": 1}"), 404);
        Api.problem(put(id, "Not%20A%20Question", "{\"value\": 1}"), 404);
        Api.problem(put(UUID.randomUUID().toString(), "company_size", "{\"value\": \"small\"}"), 404);
        Api.problem(api.send("DELETE", "/api/v1/audits/" + id + "/answers/no_such_question", null), 404);
        assertThat(Api.errors(Api.problem(put("42", "company_size", "{\"value\": \"small\"}"), 400)))
                .containsExactly("id invalid_format");
    }

    @Test
    void savesSeveralAnswersAtOnce() {
        String id = api.startAudit();

        Api.Reply reply = patch(id, "{\"answers\": {\"company_size\": \"large\", \"industry\": \"other\", "
                + "\"ai_usage\": 3}}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"2\"");
        JsonNode audit = reply.json();
        assertThat(audit.get("answers").size()).isEqualTo(3);
        assertThat(audit.get("version").asLong()).isEqualTo(2);
        assertThat(audit.at("/progress/completedStepIds/0").asText()).isEqualTo("company");
        assertThat(audit.at("/score/total/score").asDouble()).isPositive();
    }

    @Test
    void savesNothingWhenAnyAnswerIsInvalid() {
        String id = api.startAudit();
        int writes = api.backend.writes();

        JsonNode domain = Api.problem(patch(id, "{\"answers\": {\"company_size\": \"large\", \"ai_usage\": 11, "
                + "\"industry\": \"mars\", \"company_sise\": \"small\"}}"), 422);
        JsonNode shapes = Api.problem(patch(id, "{\"answers\": {\"company_size\": null, \"ai_usage\": {}, "
                + "\"Bad Key\": 1}}"), 422);

        assertThat(Api.errors(domain)).containsExactly("answers.ai_usage out_of_range",
                "answers.industry unknown_option", "answers.company_sise unknown_question");
        assertThat(Api.errors(shapes)).containsExactly("answers.company_size wrong_type",
                "answers.ai_usage wrong_type", "answers.Bad Key unknown_question");
        assertThat(Api.errors(Api.problem(patch(id, "{\"answers\": []}"), 422))).containsExactly(
                "answers wrong_type");
        assertThat(Api.errors(Api.problem(patch(id, "{}"), 422))).containsExactly("answers required");
        assertThat(api.backend.writes()).isEqualTo(writes);
        assertThat(audit(id).get("answers").isEmpty()).isTrue();
        assertThat(audit(id).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void clearsAnAnswer() {
        String id = api.startAudit();
        put(id, "company_size", "{\"value\": \"small\"}");

        Api.Reply reply = api.send("DELETE", "/api/v1/audits/" + id + "/answers/company_size", null,
                "If-Match", "\"2\"");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("ETag")).isEqualTo("\"3\"");
        assertThat(reply.json().get("answers").has("company_size")).isFalse();
    }

    @Test
    void submitsAndScoresACompleteAudit() {
        String id = api.startAudit();
        api.answerAllRequired(id);

        Api.Reply reply = api.send("POST", "/api/v1/audits/" + id + "/submit", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("auditId").asText()).isEqualTo(id);
        assertThat(result.at("/questionnaire/version").asInt()).isEqualTo(2);
        assertThat(result.at("/profile/id").asText()).isEqualTo("default");
        assertThat(result.at("/total/level").asText()).isIn("beginner", "developing", "proficient", "advanced",
                "expert");
        assertThat(result.get("pillars")).hasSize(3);
        assertThat(result.at("/pillars/1/questions/0/id").asText()).isEqualTo("ai_usage");
        assertThat(result.get("recommendations")).isNotEmpty();
        assertThat(result.at("/recommendations/0/priority").asText()).isIn("high", "medium", "low");
        assertThat(result.at("/recommendations/0/horizon").asText()).startsWith("days ");
        assertThat(result.at("/insights/0/code").asText()).isEqualTo("healthcare_without_hipaa");
        assertThat(result.get("calculatedAt").asText()).isEqualTo("2026-11-26T10:15:30Z");

        JsonNode audit = audit(id);
        assertThat(audit.get("status").asText()).isEqualTo("scored");
        assertThat(audit.get("submittedAt").asText()).isEqualTo("2026-11-26T10:15:30Z");
        assertThat(api.get("/api/v1/audits/" + id + "/result").json()).isEqualTo(result);
    }

    @Test
    void refusesToSubmitAnIncompleteAuditListingTheMissingAnswers() {
        String id = api.startAudit();
        put(id, "company_size", "{\"value\": \"small\"}");

        JsonNode problem = Api.problem(api.send("POST", "/api/v1/audits/" + id + "/submit", null), 422);

        assertThat(Api.errors(problem)).containsExactly("answers.industry required", "answers.ai_usage required",
                "answers.has_policy required");
        assertThat(audit(id).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void refusesChangesToAnAuditThatIsNotADraft() {
        String id = api.startAudit();
        api.answerAllRequired(id);
        api.send("POST", "/api/v1/audits/" + id + "/submit", null);
        int writes = api.backend.writes();

        JsonNode put = Api.problem(put(id, "ai_usage", "{\"value\": 5}"), 409);
        Api.problem(patch(id, "{\"answers\": {\"ai_usage\": 5}}"), 409);
        Api.problem(api.send("DELETE", "/api/v1/audits/" + id + "/answers/ai_usage", null), 409);
        Api.problem(api.send("POST", "/api/v1/audits/" + id + "/submit", null), 409);

        assertThat(put.get("type").asText()).isEqualTo("urn:ara:problem:conflict");
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void answersConflictForTheResultOfAnUnscoredAudit() {
        String id = api.startAudit();

        JsonNode problem = Api.problem(api.get("/api/v1/audits/" + id + "/result"), 409);

        assertThat(problem.get("detail").asText()).contains("draft");
        Api.problem(api.get("/api/v1/audits/" + UUID.randomUUID() + "/result"), 404);
    }

    @Test
    void refusesToSubmitAnArchivedAudit() {
        String id = api.startAudit();
        api.answerAllRequired(id);
        api.backend.storedAudits.update(AuditId.parse(id), audit -> audit.moveTo(AuditStatus.ARCHIVED,
                TestBackend.START));

        assertThat(Api.problem(api.send("POST", "/api/v1/audits/" + id + "/submit", null), 409)
                .get("detail").asText()).contains("archived");
    }

    @Test
    void answersConflictForAnIllegalStatusTransition() {
        String id = api.startAudit();
        api.backend.hook.set(name -> {
            throw new IllegalStatusTransition(AuditStatus.DRAFT, AuditStatus.REPORT_READY);
        });
        try {
            Api.problem(api.send("POST", "/api/v1/audits/" + id + "/submit", null), 409);
        } finally {
            api.backend.hook.clear();
        }
    }

    @Test
    void acceptsJsonWithParametersAndStructuredSuffixes() {
        String id = api.startAudit();

        assertThat(api.send("PUT", "/api/v1/audits/" + id + "/answers/ai_usage", "{\"value\": 3}",
                "Content-Type", "application/json; charset=UTF-8").status()).isEqualTo(200);
        assertThat(api.send("PATCH", "/api/v1/audits/" + id + "/answers", "{\"answers\": {\"ai_usage\": 4}}",
                "Content-Type", "application/merge-patch+json").status()).isEqualTo(200);
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        String id = api.startAudit();
        int writes = api.backend.writes();
        String big = "{\"value\": \"" + "x".repeat(65 * 1024) + "\"}";

        JsonNode problem = Api.problem(put(id, "org_notes", big), 413);

        assertThat(problem.get("type").asText()).isEqualTo("urn:ara:problem:content-too-large");
        assertThat(problem.get("detail").asText()).contains("65536");
        Api.problem(api.json("POST", "/api/v1/score", big), 413);
        assertThat(api.backend.writes()).isEqualTo(writes);
    }
}
