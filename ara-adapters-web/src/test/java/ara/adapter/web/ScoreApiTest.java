package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreApiTest extends ApiTest {
    private static final String ANSWERS = "{\"company_size\": \"large\", \"industry\": \"other\", \"ai_usage\": 5, "
            + "\"has_policy\": true, \"automation_pct\": 80, \"team_count\": 10}";


    @Test
    void scoresAnswersWithoutStoringThem() {
        int writes = api.backend.writes();

        Api.Reply reply = api.json("POST", "/api/v1/score", "{\"answers\": " + ANSWERS + "}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("auditId").isNull()).isTrue();
        assertThat(result.at("/questionnaire/id").asText()).isEqualTo("classic");
        assertThat(result.at("/questionnaire/version").asInt()).isEqualTo(2);
        assertThat(result.at("/total/percent").asDouble()).isBetween(0.0, 100.0);
        assertThat(result.get("pillars")).extracting(p -> p.get("id").asText())
                .containsExactly("business", "technical", "governance");
        assertThat(result.get("resultVersion").asInt()).isEqualTo(2);
        assertThat(result.get("roadmap")).extracting(p -> p.get("window").asText()).containsExactly("days-1-30",
                "days-31-60", "days-61-90", "months-4-6", "months-7-12");
        assertThat(result.at("/nextLevel/total/scope").asText()).isEqualTo("total");
        assertThat(result.at("/nextLevel/pillars")).hasSize(3);
        assertThat(api.backend.writes()).isEqualTo(writes);
    }

    @Test
    void scoresAgainstAGivenQuestionnaireVersion() {
        JsonNode result = api.json("POST", "/api/v1/score",
                "{\"questionnaire\": \"classic\", \"version\": 1, \"answers\": {}}").json();

        assertThat(result.at("/questionnaire/version").asInt()).isEqualTo(1);
        assertThat(result.at("/total/level").asText()).isEqualTo("beginner");
    }

    @Test
    void rejectsAnUnknownQuestionnaireOrVersionNamingTheField() {
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/score",
                "{\"questionnaire\": \"nope\", \"answers\": {}}"), 422)))
                .containsExactly("questionnaire unknown_questionnaire");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/score", "{\"version\": 99, \"answers\": {}}"),
                422))).containsExactly("version unknown_version");
    }

    @Test
    void rejectsInvalidRequestsListingEveryProblem() {
        JsonNode problem = Api.problem(api.json("POST", "/api/v1/score",
                "{\"version\": 0, \"questionnaire\": 7, \"answers\": {\"company_size\": null}}"), 422);
        assertThat(Api.errors(problem)).containsExactlyInAnyOrder("version out_of_range",
                "questionnaire wrong_type", "answers.company_size wrong_type");

        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/score",
                "{\"answers\": {\"company_size\": \"huge\", \"nope\": 1}}"), 422)))
                .containsExactly("answers.company_size unknown_option", "answers.nope unknown_question");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/score", "{}"), 422)))
                .containsExactly("answers required");
        assertThat(Api.errors(Api.problem(api.json("POST", "/api/v1/score", "{\"version\": \"1\", \"answers\": {}}"),
                422))).containsExactly("version wrong_type");
        assertThat(Api.errors(Api.problem(api.send("POST", "/api/v1/score", null), 400)))
                .containsExactly("body required");
    }
}
