package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionnaireApiTest extends ApiTest {
    @Test
    void servesTheCurrentQuestionnaireWithAnEtag() {
        Api.Reply reply = api.get("/api/v1/questionnaire");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json").containsIgnoringCase("charset=utf-8");
        assertThat(reply.header("ETag")).isEqualTo("\"classic-v2\"");
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
        Api.Reply strong = api.get("/api/v1/questionnaire", "If-None-Match", "\"classic-v2\"");
        Api.Reply weak = api.get("/api/v1/questionnaire", "If-None-Match", "\"x\", W/\"classic-v2\"");
        Api.Reply stale = api.get("/api/v1/questionnaire", "If-None-Match", "\"classic-v1\"");

        assertThat(strong.status()).isEqualTo(304);
        assertThat(strong.body()).isEmpty();
        assertThat(strong.header("ETag")).isEqualTo("\"classic-v2\"");
        assertThat(weak.status()).isEqualTo(304);
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void servesAGivenVersion() {
        Api.Reply reply = api.get("/api/v1/questionnaires/classic/versions/1");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("version").asInt()).isEqualTo(1);
        assertThat(reply.header("ETag")).isEqualTo("\"classic-v1\"");
        assertThat(api.get("/api/v1/questionnaires/classic/versions/1", "If-None-Match", "\"classic-v1\"")
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
}
