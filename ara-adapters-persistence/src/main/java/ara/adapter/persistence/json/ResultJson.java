package ara.adapter.persistence.json;

import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.Insight;
import ara.domain.result.MaturityLevel;
import ara.domain.result.PillarResult;
import ara.domain.result.Priority;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.scoring.PillarScore;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;
import ara.domain.scoring.ScoreSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Function;

/**
 * Maps an {@link AuditResult} to one JSON document and back, every nested record field by field (no reflection),
 * so that what is read equals what was written. The document carries {@code "format": 1}; a later format change
 * must keep reading this one. Stateless.
 */
public final class ResultJson {
    static final int FORMAT = 1;

    private ResultJson() {
    }

    public static String write(AuditResult result) {
        return Json.write(node(result));
    }

    /** @throws IllegalArgumentException when the text is not a result document of a known format */
    public static AuditResult read(String text) {
        return result(Json.read(text));
    }

    /** The result as a JSON object, to nest in another document. */
    public static ObjectNode node(AuditResult result) {
        ObjectNode node = Json.object();
        node.put("format", FORMAT);
        node.put("questionnaire", result.questionnaire().value());
        node.put("questionnaireVersion", result.questionnaireVersion());
        node.put("scoringVersion", result.scoringVersion());
        node.set("scoreCard", scoreCard(result.scoreCard()));
        Json.putEnum(node, "level", result.level());
        Json.putList(node, "pillars", result.pillars(), ResultJson::pillarResult);
        Json.putList(node, "strengths", result.strengths(), ResultJson::highlight);
        Json.putList(node, "gaps", result.gaps(), ResultJson::highlight);
        Json.putList(node, "recommendations", result.recommendations(), ResultJson::recommendation);
        Json.putList(node, "roadmap", result.roadmap(), ResultJson::phase);
        Json.putList(node, "insights", result.insights(), ResultJson::insight);
        node.put("calculatedAt", result.calculatedAt().toString());
        return node;
    }

    /** @throws IllegalArgumentException when the node is not a result document of a known format */
    public static AuditResult result(JsonNode node) {
        int format = Json.integer(node, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown result format " + format);
        }
        return new AuditResult(QuestionnaireId.of(Json.requiredText(node, "questionnaire")),
                Json.integer(node, "questionnaireVersion"), Json.integer(node, "scoringVersion"),
                scoreCard(Json.field(node, "scoreCard")), Json.enumValue(node, "level", MaturityLevel.class),
                Json.list(node, "pillars", ResultJson::pillarResult),
                Json.list(node, "strengths", ResultJson::highlight),
                Json.list(node, "gaps", ResultJson::highlight),
                Json.list(node, "recommendations", ResultJson::recommendation),
                Json.list(node, "roadmap", ResultJson::phase),
                Json.list(node, "insights", ResultJson::insight),
                Json.requiredInstant(node, "calculatedAt"));
    }

    private static ObjectNode scoreCard(ScoreCard card) {
        ObjectNode node = Json.object();
        node.put("profileId", card.profileId());
        node.put("profileVersion", card.profileVersion());
        Json.putList(node, "pillars", card.pillars(), ResultJson::pillarScore);
        node.set("total", summary(card.total()));
        node.set("potential", summary(card.potential()));
        Json.putTexts(node, "missingCritical", card.missingCritical().stream().map(QuestionId::value).toList());
        return node;
    }

    private static ScoreCard scoreCard(JsonNode node) {
        return new ScoreCard(Json.text(node, "profileId"), Json.integer(node, "profileVersion"),
                Json.list(node, "pillars", ResultJson::pillarScore), summary(Json.field(node, "total")),
                summary(Json.field(node, "potential")),
                Json.list(node, "missingCritical", item -> QuestionId.of(Json.text(item))));
    }

    private static ObjectNode pillarScore(PillarScore score) {
        ObjectNode node = Json.object();
        node.put("pillar", value(score.pillar(), PillarId::value));
        node.put("weight", score.weight());
        node.set("summary", summary(score.summary()));
        Json.putList(node, "questions", score.questions(), ResultJson::questionScore);
        return node;
    }

    private static PillarScore pillarScore(JsonNode node) {
        return new PillarScore(id(Json.text(node, "pillar"), PillarId::of), Json.number(node, "weight"),
                summary(Json.field(node, "summary")), Json.list(node, "questions", ResultJson::questionScore));
    }

    private static ObjectNode questionScore(QuestionScore score) {
        ObjectNode node = Json.object();
        node.put("question", value(score.question(), QuestionId::value));
        node.put("pillar", value(score.pillar(), PillarId::value));
        node.put("answered", score.answered());
        node.put("score", score.score());
        node.put("max", score.max());
        node.put("weight", score.weight());
        return node;
    }

    private static QuestionScore questionScore(JsonNode node) {
        return new QuestionScore(id(Json.text(node, "question"), QuestionId::of),
                id(Json.text(node, "pillar"), PillarId::of), Json.bool(node, "answered"), Json.number(node, "score"),
                Json.number(node, "max"), Json.number(node, "weight"));
    }

    private static ObjectNode summary(ScoreSummary summary) {
        ObjectNode node = Json.object();
        node.put("score", summary.score());
        node.put("max", summary.max());
        node.put("percent", summary.percent());
        return node;
    }

    private static ScoreSummary summary(JsonNode node) {
        return new ScoreSummary(Json.number(node, "score"), Json.number(node, "max"), Json.number(node, "percent"));
    }

    private static ObjectNode pillarResult(PillarResult pillar) {
        ObjectNode node = Json.object();
        node.set("score", pillarScore(pillar.score()));
        node.put("title", pillar.title());
        Json.putEnum(node, "level", pillar.level());
        return node;
    }

    private static PillarResult pillarResult(JsonNode node) {
        return new PillarResult(pillarScore(Json.field(node, "score")), Json.text(node, "title"),
                Json.enumValue(node, "level", MaturityLevel.class));
    }

    private static ObjectNode highlight(Highlight highlight) {
        ObjectNode node = Json.object();
        node.put("kind", highlight.kind());
        node.put("id", highlight.id());
        node.put("title", highlight.title());
        node.put("percent", highlight.percent());
        return node;
    }

    private static Highlight highlight(JsonNode node) {
        return new Highlight(Json.text(node, "kind"), Json.text(node, "id"), Json.text(node, "title"),
                Json.number(node, "percent"));
    }

    private static ObjectNode recommendation(Recommendation recommendation) {
        ObjectNode node = Json.object();
        node.put("question", value(recommendation.question(), QuestionId::value));
        node.put("pillar", value(recommendation.pillar(), PillarId::value));
        node.put("title", recommendation.title());
        node.put("description", recommendation.description());
        Json.putEnum(node, "effort", recommendation.effort());
        node.put("expectedImpact", recommendation.expectedImpact());
        node.put("impact", recommendation.impact());
        Json.putEnum(node, "priority", recommendation.priority());
        return node;
    }

    private static Recommendation recommendation(JsonNode node) {
        return new Recommendation(id(Json.text(node, "question"), QuestionId::of),
                id(Json.text(node, "pillar"), PillarId::of), Json.text(node, "title"), Json.text(node, "description"),
                Json.enumValue(node, "effort", Effort.class), Json.text(node, "expectedImpact"),
                Json.number(node, "impact"), Json.enumValue(node, "priority", Priority.class));
    }

    private static ObjectNode phase(RoadmapPhase phase) {
        ObjectNode node = Json.object();
        Json.putEnum(node, "priority", phase.priority());
        node.put("firstDay", phase.firstDay());
        node.put("lastDay", phase.lastDay());
        Json.putList(node, "recommendations", phase.recommendations(), ResultJson::recommendation);
        return node;
    }

    private static RoadmapPhase phase(JsonNode node) {
        return new RoadmapPhase(Json.enumValue(node, "priority", Priority.class), Json.integer(node, "firstDay"),
                Json.integer(node, "lastDay"), Json.list(node, "recommendations", ResultJson::recommendation));
    }

    private static ObjectNode insight(Insight insight) {
        ObjectNode node = Json.object();
        node.put("code", insight.code());
        node.put("message", insight.message());
        Json.putTexts(node, "questions", insight.questions().stream().map(QuestionId::value).toList());
        return node;
    }

    private static Insight insight(JsonNode node) {
        return new Insight(Json.text(node, "code"), Json.text(node, "message"),
                Json.list(node, "questions", item -> QuestionId.of(Json.text(item))));
    }

    private static <T> String value(T id, Function<T, String> text) {
        return id == null ? null : text.apply(id);
    }

    private static <T> T id(String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }
}
