package ara.adapter.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retake and comparison over HTTP: a retake starts a new audit for the owner pre-filled from the earlier one and
 * lists what it left empty; a comparison of two scored audits of one owner tells the score change, the changed
 * answers and the recommendations resolved and new. Replies are checked against the OpenAPI document.
 */
class RetakeAndCompareApiTest extends FreshApiTest {

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    @Test
    void theOwnerRetakesAScoredAuditIntoANewDraftWithTheAnswersCarried() {
        String earlier = api.scoredAudit();
        JsonNode before = api.get("/api/v1/audits/" + earlier).json();

        Api.Reply reply = api.send("POST", "/api/v1/audits/" + earlier + "/retake", null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode retake = reply.json();
        assertThat(retake.get("id").asText()).isNotEqualTo(earlier);
        assertThat(reply.header("Location")).isEqualTo("/api/v1/audits/" + retake.get("id").asText());
        assertThat(retake.get("status").asText()).isEqualTo("draft");
        assertThat(retake.get("answers")).isEqualTo(before.get("answers"));
        assertThat(retake.has("guestToken") && !retake.get("guestToken").isNull()).isFalse();
        assertThat(texts(retake.get("leftEmpty"))).contains("org_notes", "automation_pct", "team_count")
                .doesNotContain("company_size", "industry", "ai_usage", "has_policy", "controls");
        assertThat(texts(retake.get("notCarried"))).isEmpty();
        assertThat(api.get("/api/v1/audits/" + earlier).json().get("status").asText())
                .as("the earlier audit stays as it was").isEqualTo(before.get("status").asText());
    }

    @Test
    void aGuestRetakeIsANewGuestAuditWithItsOwnToken() {
        Api.Reply started = api.anonymous().json("POST", "/api/v1/audits", "{}");
        String earlier = started.json().get("id").asText();
        Api guest = api.asGuest(started.json().get("guestToken").asText());
        guest.answerAllRequired(earlier);

        Api.Reply reply = guest.send("POST", "/api/v1/audits/" + earlier + "/retake", null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        String retake = reply.json().get("id").asText();
        String token = reply.json().get("guestToken").asText();
        assertThat(api.asGuest(token).get("/api/v1/audits/" + retake).status()).isEqualTo(200);
        assertThat(api.asGuest(token).get("/api/v1/audits/" + earlier).status()).isEqualTo(404);
        assertThat(guest.get("/api/v1/audits/" + earlier).status()).isEqualTo(200);
    }

    @Test
    void onlyTheOwnerRetakes() {
        String earlier = api.startAudit();

        assertThat(api.asUser("root-" + UUID.randomUUID() + ":admin")
                .send("POST", "/api/v1/audits/" + earlier + "/retake", null).status()).isEqualTo(404);
        assertThat(api.asUser("mallory-" + UUID.randomUUID())
                .send("POST", "/api/v1/audits/" + earlier + "/retake", null).status()).isEqualTo(404);
    }

    @Test
    void comparesTheRetakeWithTheEarlierAudit() {
        String earlier = api.scoredAudit();
        String retake = api.send("POST", "/api/v1/audits/" + earlier + "/retake", null).json().get("id").asText();
        assertThat(api.json("PUT", "/api/v1/audits/" + retake + "/answers/has_policy", "{\"value\": true}")
                .status()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/audits/" + retake + "/submit", null).status()).isEqualTo(200);
        JsonNode before = api.get("/api/v1/audits/" + earlier + "/result").json();
        JsonNode after = api.get("/api/v1/audits/" + retake + "/result").json();

        Api.Reply reply = api.get("/api/v1/audits/" + retake + "/comparison?with=" + earlier);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode comparison = reply.json();
        assertThat(comparison.get("auditId").asText()).isEqualTo(retake);
        assertThat(comparison.get("baselineId").asText()).isEqualTo(earlier);
        assertThat(comparison.get("answers")).hasSize(1);
        assertThat(comparison.get("answers").get(0).get("questionId").asText()).isEqualTo("has_policy");
        assertThat(comparison.get("answers").get(0).get("before").asBoolean()).isFalse();
        assertThat(comparison.get("answers").get(0).get("after").asBoolean()).isTrue();
        assertThat(comparison.get("total").get("before").asDouble()).isEqualTo(before.at("/total/percent").asDouble());
        assertThat(comparison.get("total").get("after").asDouble()).isEqualTo(after.at("/total/percent").asDouble());
        assertThat(comparison.get("total").get("delta").asDouble()).isPositive();
        assertThat(comparison.get("pillars")).isNotEmpty();
    }

    @Test
    void aComparisonNeedsTwoScoredAuditsOfOneOwnerAndAValidWith() {
        String scored = api.scoredAudit();
        String draft = api.startAudit();
        String someoneElses = api.asUser("other-" + UUID.randomUUID()).scoredAudit();

        assertThat(api.get("/api/v1/audits/" + scored + "/comparison?with=" + draft).status()).isEqualTo(409);
        assertThat(Api.problem(api.get("/api/v1/audits/" + scored + "/comparison?with=" + someoneElses), 404)
                .get("type").asText()).isEqualTo("urn:ara:problem:not-found");
        assertThat(Api.problem(api.get("/api/v1/audits/" + scored + "/comparison"), 400).toString())
                .contains("with");
        assertThat(Api.problem(api.get("/api/v1/audits/" + scored + "/comparison?with=nope"), 400).toString())
                .contains("with");
    }
}
