package ara.adapter.web;

import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Source;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireApiTest extends ApiTest {
    @Test
    void servesTheCurrentQuestionnaireWithAnEtag() {
        Api.Reply reply = api.get("/api/v1/questionnaire");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json").containsIgnoringCase("charset=utf-8");
        assertThat(reply.header("ETag")).isEqualTo("\"classic-v2-s3\"");
        JsonNode body = reply.json();
        assertThat(body.get("id").asText()).isEqualTo("classic");
        assertThat(body.get("version").asInt()).isEqualTo(2);
        assertThat(body.get("pillars")).hasSize(3);
        assertThat(body.get("steps")).extracting(s -> s.get("id").asText())
                .containsExactly("company", "practice", "extra");
        JsonNode companySize = body.at("/steps/0/questions/0");
        assertThat(companySize.get("type").asText()).isEqualTo("single_select");
        assertThat(companySize.get("required").asBoolean()).isTrue();
        assertThat(companySize.get("options")).extracting(o -> o.get("id").asText())
                .containsExactly("small", "medium", "large");
        assertThat(body.at("/steps/1/questions/0/validation/max").asDouble()).isEqualTo(5);
        assertThat(body.at("/steps/1/questions/3/showIf/operator").asText()).isEqualTo("in");
        assertThat(body.at("/steps/2/skipIf/value").asText()).isEqualTo("small");
        assertThat(reply.body()).as("scoring weights stay on the server").doesNotContain("weight");
    }

    @Test
    void answersNotModifiedForACurrentEtag() {
        Api.Reply strong = api.get("/api/v1/questionnaire", "If-None-Match", "\"classic-v2-s3\"");
        Api.Reply weak = api.get("/api/v1/questionnaire", "If-None-Match", "\"x\", W/\"classic-v2-s3\"");
        Api.Reply stale = api.get("/api/v1/questionnaire", "If-None-Match", "\"classic-v1-s3\"");

        assertThat(strong.status()).isEqualTo(304);
        assertThat(strong.body()).isEmpty();
        assertThat(strong.header("ETag")).isEqualTo("\"classic-v2-s3\"");
        assertThat(weak.status()).isEqualTo(304);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/questionnaire", "If-None-Match", "\"classic-v2\"").status())
                .as("a body cached before the format 2 fields were served is not confirmed").isEqualTo(200);
    }

    @Test
    void servesAGivenVersion() {
        Api.Reply reply = api.get("/api/v1/questionnaires/classic/versions/1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("version").asInt()).isEqualTo(1);
        assertThat(reply.header("ETag")).isEqualTo("\"classic-v1-s3\"");
        assertThat(api.get("/api/v1/questionnaires/classic/versions/1", "If-None-Match", "\"classic-v1-s3\"")
                .status()).isEqualTo(304);
    }

    @Test
    void answersNotFoundForAnUnknownQuestionnaireOrVersion() {
        Api.problem(api.get("/api/v1/questionnaires/classic/versions/9"), 404);
        JsonNode unknown = Api.problem(api.get("/api/v1/questionnaires/nope/versions/1"), 404);
        Api.problem(api.get("/api/v1/questionnaires/No%20Such/versions/1"), 404);

        assertThat(unknown.get("detail").asText()).contains("nope");
        assertThat(unknown.get("instance").asText()).isEqualTo("/api/v1/questionnaires/nope/versions/1");
    }

    @Test
    void rejectsAVersionThatIsNotAPositiveNumber() {
        assertThat(Api.errors(Api.problem(api.get("/api/v1/questionnaires/classic/versions/abc"), 400)))
                .containsExactly("version invalid_format");
        assertThat(Api.errors(Api.problem(api.get("/api/v1/questionnaires/classic/versions/0"), 400)))
                .containsExactly("version invalid_format");
    }

    @Test
    void listsEveryQuestionnaireWithItsModeDefaultFirst() {
        Api.Reply reply = api.get("/api/v1/questionnaires");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-cache");
        JsonNode list = reply.json();
        assertThat(list).extracting(q -> q.get("id").asText()).containsExactly("classic", "full");
        assertThat(list).extracting(q -> q.get("mode").asText()).containsExactly("quick", "full");
        assertThat(list).extracting(q -> q.get("default").asBoolean()).containsExactly(true, false);
        JsonNode classic = list.get(0);
        assertThat(classic.get("version").asInt()).as("the current version").isEqualTo(2);
        assertThat(classic.get("title").asText()).isEqualTo("Classic readiness");
        assertThat(classic.get("description").asText()).isEqualTo("The test questionnaire");
        assertThat(classic.get("estimatedMinutes").asInt()).isEqualTo(15);
        assertThat(classic.get("questions").asInt()).isEqualTo(8);
        assertThat(classic.get("steps").asInt()).isEqualTo(3);
        assertThat(classic.get("pillars").asInt()).isEqualTo(3);
        JsonNode full = list.get(1);
        JsonNode fullBody = api.get("/api/v1/questionnaires/full").json();
        assertThat(full.get("title").asText()).isEqualTo(fullBody.get("title").asText());
        assertThat(full.get("estimatedMinutes").asInt()).isEqualTo(35);
        assertThat(full.get("steps").asInt()).isEqualTo(fullBody.get("steps").size()).isEqualTo(8);
        assertThat(full.get("pillars").asInt()).isEqualTo(fullBody.get("pillars").size()).isEqualTo(7);
        int fullQuestions = 0;
        for (JsonNode step : fullBody.get("steps")) {
            fullQuestions += step.get("questions").size();
        }
        assertThat(full.get("questions").asInt()).isEqualTo(fullQuestions).isEqualTo(61);
    }

    @Test
    void answersNotModifiedForTheListsCurrentEtag() {
        Api.Reply first = api.get("/api/v1/questionnaires");
        String etag = first.header("ETag");

        assertThat(etag).startsWith("\"questionnaires-").endsWith("\"");
        assertThat(api.get("/api/v1/questionnaires").header("ETag")).as("stable while nothing is published")
                .isEqualTo(etag);
        Api.Reply cached = api.get("/api/v1/questionnaires", "If-None-Match", etag);
        assertThat(cached.status()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
        assertThat(cached.header("ETag")).isEqualTo(etag);
        assertThat(api.get("/api/v1/questionnaires", "If-None-Match", "\"questionnaires-0\"").status())
                .isEqualTo(200);
    }

    @Test
    void theListIsPublicLikeTheQuestionnaire() {
        assertThat(api.anonymous().get("/api/v1/questionnaires").status()).isEqualTo(200);
        Api.problem(api.as("Authorization", "Bearer forged").get("/api/v1/questionnaires"), 401);
    }

    @Test
    void servesTheCurrentVersionOfANamedQuestionnaire() {
        Api.Reply classic = api.get("/api/v1/questionnaires/classic");
        Api.Reply full = api.get("/api/v1/questionnaires/full");

        assertThat(classic.status()).isEqualTo(200);
        assertThat(classic.header("ETag")).isEqualTo("\"classic-v2-s3\"");
        assertThat(classic.json().get("version").asInt()).isEqualTo(2);
        assertThat(full.status()).isEqualTo(200);
        assertThat(full.header("ETag")).isEqualTo("\"full-v1-s3\"");
        assertThat(full.json().get("steps")).hasSize(8);
        assertThat(api.get("/api/v1/questionnaires/full", "If-None-Match", "\"full-v1-s3\"").status()).isEqualTo(304);
        JsonNode unknown = Api.problem(api.get("/api/v1/questionnaires/nope"), 404);
        assertThat(unknown.get("detail").asText()).contains("nope");
        Api.problem(api.get("/api/v1/questionnaires/No%20Such"), 404);
    }

    @Test
    void servesSourcesReferencesContextQuestionsAndTheUnknownOption() {
        JsonNode full = api.get("/api/v1/questionnaires/full").json();
        QuestionnaireDefinition definition = TestSchemes.full().definition();

        assertThat(full.get("sources")).extracting(source -> source.get("id").asText())
                .containsExactlyElementsOf(definition.sources().stream().map(Source::id).toList())
                .contains("nist-ai-rmf", "eu-ai-act", "iso-42001");
        JsonNode euAiAct = find(full.get("sources"), "eu-ai-act");
        assertThat(euAiAct.get("title").asText()).contains("Artificial Intelligence Act");
        assertThat(euAiAct.get("url").asText()).startsWith("https://");
        JsonNode apiCoverage = question(full, "api_coverage");
        assertThat(apiCoverage.get("references"))
                .extracting(r -> r.get("source").asText() + " " + r.get("item").asText())
                .containsExactlyElementsOf(definition.question(QuestionId.of("api_coverage")).orElseThrow()
                        .references().stream().map(r -> r.source() + " " + r.item()).toList())
                .contains("iso-42001 A.4.4");
        assertThat(question(full, "company_size").get("context").asBoolean()).isTrue();
        assertThat(apiCoverage.get("context").asBoolean()).isFalse();
        assertThat(question(full, "regulated_data").get("options"))
                .extracting(o -> o.get("id").asText() + "=" + o.get("unknown").asBoolean())
                .contains("unknown=true", "none=false", "personal_data=false");
        List<String> cited = new ArrayList<>();
        full.get("steps").forEach(step -> step.get("questions").forEach(q -> q.get("references")
                .forEach(r -> cited.add(r.get("source").asText()))));
        assertThat(cited).as("every reference names a listed source").isNotEmpty()
                .allMatch(source -> find(full.get("sources"), source) != null);
    }

    @Test
    void servesTheCrossChecksTheInsightsComeFrom() {
        JsonNode full = api.get("/api/v1/questionnaires/full").json();
        QuestionnaireDefinition definition = TestSchemes.full().definition();

        assertThat(full.get("crossChecks")).extracting(c -> c.get("id").asText())
                .containsExactlyElementsOf(definition.crossChecks().stream().map(CrossCheck::id).toList())
                .contains("production_without_evaluation", "production_without_cost_controls");
        JsonNode evaluation = find(full.get("crossChecks"), "production_without_evaluation");
        assertThat(evaluation.at("/when/all/0/question").asText()).isEqualTo("ai_stage");
        assertThat(evaluation.at("/when/all/1/value")).extracting(JsonNode::asText).containsExactly("none", "unknown");
        assertThat(evaluation.get("question").isNull()).isTrue();
        assertThat(evaluation.get("requiredOptions")).isEmpty();
        JsonNode cost = find(full.get("crossChecks"), "production_without_cost_controls");
        assertThat(cost.get("question").asText()).isEqualTo("cost_controls");
        assertThat(cost.get("requiredOptions")).extracting(JsonNode::asText).containsExactly("budgets", "alerts");
        assertThat(cost.get("message").asText()).contains("{missing}");
    }

    @Test
    void aFormatVersion1QuestionnaireHasNoSourcesReferencesOrUnknownOptions() {
        JsonNode classic = api.get("/api/v1/questionnaire").json();

        assertThat(classic.get("sources")).isEmpty();
        classic.get("steps").forEach(step -> step.get("questions").forEach(q -> {
            assertThat(q.get("context").asBoolean()).isFalse();
            assertThat(q.get("references")).isEmpty();
            q.get("options").forEach(o -> assertThat(o.get("unknown").asBoolean()).isFalse());
        }));
    }

    private static JsonNode question(JsonNode questionnaire, String id) {
        for (JsonNode step : questionnaire.get("steps")) {
            JsonNode found = find(step.get("questions"), id);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError("no question " + id);
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
