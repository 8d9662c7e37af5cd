package ara.adapter.web;

import ara.adapter.web.http.WebJson;
import ara.adapter.web.scoring.ResultResponse;
import ara.domain.audit.AuditId;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.MaturityLevel;
import ara.domain.result.NextLevel;
import ara.domain.result.PillarResult;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.result.RoadmapWindow;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoreSummary;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The result body of both result versions, checked against the documented Result schema. */
class ResultBodyTest {
    private static final PillarId PILLAR = PillarId.of("security");
    private static final Instant AT = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void aVersionTwoResultShowsWindowsKindsKnowledgeGapsAndNextLevel() throws IOException {
        Recommendation findOut = new Recommendation(QuestionId.of("register"), null, "Find out: Is there a register?",
                "Find out who owns it.", Effort.S, "An answer you can act on.", 0, Priority.LOW,
                RoadmapWindow.DAYS_1_30, Recommendation.Kind.FIND_OUT);
        Recommendation improve = new Recommendation(QuestionId.of("secrets"), PILLAR, "Vault the secrets", "Do it.",
                Effort.L, "Fewer leaks", 0.15, Priority.LOW, RoadmapWindow.MONTHS_4_6, Recommendation.Kind.IMPROVE);
        NextLevel next = new NextLevel(
                new LevelGap(LevelGap.TOTAL, "Overall", 40, MaturityLevel.BEGINNER, MaturityLevel.DEVELOPING, 1, 0.1),
                List.of(new LevelGap("security", "Security", 97, MaturityLevel.EXPERT, null, 0, 0)),
                List.of(new AnswerGain(QuestionId.of("secrets"), PILLAR, "Where are secrets kept?", "In a vault", 6)));
        AuditResult result = result(List.of(findOut, improve), List.of(
                        new RoadmapPhase(RoadmapWindow.DAYS_1_30, List.of(findOut)),
                        new RoadmapPhase(RoadmapWindow.DAYS_31_60, List.of()),
                        new RoadmapPhase(RoadmapWindow.DAYS_61_90, List.of()),
                        new RoadmapPhase(RoadmapWindow.MONTHS_4_6, List.of(improve)),
                        new RoadmapPhase(RoadmapWindow.MONTHS_7_12, List.of())), 2,
                List.of(new KnowledgeGap(QuestionId.of("register"), null, "Is there a register?")), next);

        JsonNode body = conformingBody(result);

        assertThat(body.get("resultVersion").intValue()).isEqualTo(2);
        assertThat(body.get("recommendations")).extracting(r -> r.get("window").textValue(),
                r -> r.get("kind").textValue(), r -> r.get("horizon").textValue()).containsExactly(
                tuple("days-1-30", "find-out", "days 1-30"),
                tuple("months-4-6", "improve", "months 4-6"));
        assertThat(body.at("/recommendations/0/pillar").isNull()).isTrue();
        assertThat(body.get("roadmap")).extracting(p -> p.get("window").textValue()).containsExactly("days-1-30",
                "days-31-60", "days-61-90", "months-4-6", "months-7-12");
        assertThat(body.at("/roadmap/3/firstDay").intValue()).isEqualTo(91);
        assertThat(body.at("/roadmap/3/lastDay").intValue()).isEqualTo(180);
        assertThat(body.at("/roadmap/3/recommendations/0/questionId").textValue()).isEqualTo("secrets");
        assertThat(body.at("/knowledgeGaps/0/question").textValue()).isEqualTo("register");
        assertThat(body.at("/knowledgeGaps/0/pillar").isNull()).isTrue();
        assertThat(body.at("/nextLevel/total/next").textValue()).isEqualTo("developing");
        assertThat(body.at("/nextLevel/pillars/0/next").isNull()).isTrue();
        assertThat(body.at("/nextLevel/bestGains/0/bestAnswer").textValue()).isEqualTo("In a vault");
    }

    @Test
    void aStoredVersionOneResultIsServedAsItWasMade() throws IOException {
        Recommendation high = new Recommendation(QuestionId.of("secrets"), PILLAR, "Vault the secrets", "Do it.",
                Effort.L, "Fewer leaks", 0.6, Priority.HIGH);
        AuditResult result = new AuditResult(QuestionnaireId.of("classic"), 1, 1, card(), MaturityLevel.BEGINNER,
                pillars(), List.of(), List.of(), List.of(high), List.of(
                new RoadmapPhase(RoadmapWindow.DAYS_1_30, List.of(high)),
                new RoadmapPhase(RoadmapWindow.DAYS_31_60, List.of()),
                new RoadmapPhase(RoadmapWindow.DAYS_61_90, List.of())), List.of(), AT);

        JsonNode body = conformingBody(result);

        assertThat(body.get("resultVersion").intValue()).isEqualTo(1);
        assertThat(body.get("roadmap")).extracting(p -> p.get("window").textValue())
                .containsExactly("days-1-30", "days-31-60", "days-61-90");
        assertThat(body.at("/recommendations/0/window").textValue()).isEqualTo("days-1-30");
        assertThat(body.at("/recommendations/0/kind").textValue()).isEqualTo("improve");
        assertThat(body.get("knowledgeGaps")).isEmpty();
        assertThat(body.get("nextLevel").isNull()).isTrue();
    }

    private static JsonNode conformingBody(AuditResult result) throws IOException {
        String json = new String(WebJson.write(ResultResponse.from(new AuditId(UUID.randomUUID()), result)),
                StandardCharsets.UTF_8);
        assertThat(OpenApiContract.DOCUMENT.validate("Result", json)).as(json).isEmpty();
        // The schema is strict about the new codes: an unknown window does not pass.
        assertThat(OpenApiContract.DOCUMENT.validate("Result", json.replace("\"days-1-30\"", "\"days-1-31\"")))
                .isNotEmpty();
        return Api.JSON.readTree(json);
    }

    private static AuditResult result(List<Recommendation> recommendations, List<RoadmapPhase> roadmap, int version,
                                      List<KnowledgeGap> knowledgeGaps, NextLevel next) {
        return new AuditResult(QuestionnaireId.of("full"), 1, 1, card(), MaturityLevel.BEGINNER, pillars(), List.of(),
                List.of(), recommendations, roadmap, List.of(), AT, version, knowledgeGaps, next);
    }

    private static ScoreCard card() {
        return new ScoreCard("default", 1, List.of(pillarScore()), new ScoreSummary(4, 10, 40),
                new ScoreSummary(4, 10, 40), List.of());
    }

    private static PillarScore pillarScore() {
        return new PillarScore(PILLAR, 1, new ScoreSummary(4, 10, 40),
                List.of(new QuestionScore(QuestionId.of("secrets"), PILLAR, true, 4, 10, 1)));
    }

    private static List<PillarResult> pillars() {
        return List.of(new PillarResult(pillarScore(), "Security", MaturityLevel.BEGINNER));
    }
}
