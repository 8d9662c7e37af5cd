package ara.atrest.json;

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
import ara.domain.result.RoadmapWindow;
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
        return StoredJson.write(node(result));
    }

    /** @throws IllegalArgumentException when the text is not a result document of a known format */
    public static AuditResult read(String text) {
        return result(StoredJson.read(text));
    }

    /** The result as a JSON object, to nest in another document. */
    public static ObjectNode node(AuditResult result) {
        ObjectNode node = StoredJson.object();
        node.put("format", FORMAT);
        node.put("questionnaire", result.questionnaire().value());
        node.put("questionnaireVersion", result.questionnaireVersion());
        node.put("scoringVersion", result.scoringVersion());
        node.set("scoreCard", scoreCard(result.scoreCard()));
        StoredJson.putEnum(node, "level", result.level());
        StoredJson.putList(node, "pillars", result.pillars(), ResultJson::pillarResult);
        StoredJson.putList(node, "strengths", result.strengths(), ResultJson::highlight);
        StoredJson.putList(node, "gaps", result.gaps(), ResultJson::highlight);
        StoredJson.putList(node, "recommendations", result.recommendations(), ResultJson::recommendation);
        StoredJson.putList(node, "roadmap", result.roadmap(), ResultJson::phase);
        StoredJson.putList(node, "insights", result.insights(), ResultJson::insight);
        node.put("calculatedAt", result.calculatedAt().toString());
        return node;
    }

    /** @throws IllegalArgumentException when the node is not a result document of a known format */
    public static AuditResult result(JsonNode node) {
        int format = StoredJson.integer(node, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown result format " + format);
        }
        return new AuditResult(QuestionnaireId.of(StoredJson.requiredText(node, "questionnaire")),
                StoredJson.integer(node, "questionnaireVersion"), StoredJson.integer(node, "scoringVersion"),
                scoreCard(StoredJson.field(node, "scoreCard")), StoredJson.enumValue(node, "level", MaturityLevel.class),
                StoredJson.list(node, "pillars", ResultJson::pillarResult),
                StoredJson.list(node, "strengths", ResultJson::highlight),
                StoredJson.list(node, "gaps", ResultJson::highlight),
                StoredJson.list(node, "recommendations", ResultJson::recommendation),
                StoredJson.list(node, "roadmap", ResultJson::phase),
                StoredJson.list(node, "insights", ResultJson::insight),
                StoredJson.requiredInstant(node, "calculatedAt"));
    }

    private static ObjectNode scoreCard(ScoreCard card) {
        ObjectNode node = StoredJson.object();
        node.put("profileId", card.profileId());
        node.put("profileVersion", card.profileVersion());
        StoredJson.putList(node, "pillars", card.pillars(), ResultJson::pillarScore);
        node.set("total", summary(card.total()));
        node.set("potential", summary(card.potential()));
        StoredJson.putTexts(node, "missingCritical", card.missingCritical().stream().map(QuestionId::value).toList());
        return node;
    }

    private static ScoreCard scoreCard(JsonNode node) {
        return new ScoreCard(StoredJson.text(node, "profileId"), StoredJson.integer(node, "profileVersion"),
                StoredJson.list(node, "pillars", ResultJson::pillarScore), summary(StoredJson.field(node, "total")),
                summary(StoredJson.field(node, "potential")),
                StoredJson.list(node, "missingCritical", item -> QuestionId.of(StoredJson.text(item))));
    }

    private static ObjectNode pillarScore(PillarScore score) {
        ObjectNode node = StoredJson.object();
        node.put("pillar", value(score.pillar(), PillarId::value));
        node.put("weight", score.weight());
        node.set("summary", summary(score.summary()));
        StoredJson.putList(node, "questions", score.questions(), ResultJson::questionScore);
        return node;
    }

    private static PillarScore pillarScore(JsonNode node) {
        return new PillarScore(id(StoredJson.text(node, "pillar"), PillarId::of), StoredJson.number(node, "weight"),
                summary(StoredJson.field(node, "summary")), StoredJson.list(node, "questions", ResultJson::questionScore));
    }

    private static ObjectNode questionScore(QuestionScore score) {
        ObjectNode node = StoredJson.object();
        node.put("question", value(score.question(), QuestionId::value));
        node.put("pillar", value(score.pillar(), PillarId::value));
        node.put("answered", score.answered());
        node.put("score", score.score());
        node.put("max", score.max());
        node.put("weight", score.weight());
        return node;
    }

    private static QuestionScore questionScore(JsonNode node) {
        return new QuestionScore(id(StoredJson.text(node, "question"), QuestionId::of),
                id(StoredJson.text(node, "pillar"), PillarId::of), StoredJson.bool(node, "answered"), StoredJson.number(node, "score"),
                StoredJson.number(node, "max"), StoredJson.number(node, "weight"));
    }

    private static ObjectNode summary(ScoreSummary summary) {
        ObjectNode node = StoredJson.object();
        node.put("score", summary.score());
        node.put("max", summary.max());
        node.put("percent", summary.percent());
        return node;
    }

    private static ScoreSummary summary(JsonNode node) {
        return new ScoreSummary(StoredJson.number(node, "score"), StoredJson.number(node, "max"), StoredJson.number(node, "percent"));
    }

    private static ObjectNode pillarResult(PillarResult pillar) {
        ObjectNode node = StoredJson.object();
        node.set("score", pillarScore(pillar.score()));
        node.put("title", pillar.title());
        StoredJson.putEnum(node, "level", pillar.level());
        return node;
    }

    private static PillarResult pillarResult(JsonNode node) {
        return new PillarResult(pillarScore(StoredJson.field(node, "score")), StoredJson.text(node, "title"),
                StoredJson.enumValue(node, "level", MaturityLevel.class));
    }

    private static ObjectNode highlight(Highlight highlight) {
        ObjectNode node = StoredJson.object();
        node.put("kind", highlight.kind());
        node.put("id", highlight.id());
        node.put("title", highlight.title());
        node.put("percent", highlight.percent());
        return node;
    }

    private static Highlight highlight(JsonNode node) {
        return new Highlight(StoredJson.text(node, "kind"), StoredJson.text(node, "id"), StoredJson.text(node, "title"),
                StoredJson.number(node, "percent"));
    }

    private static ObjectNode recommendation(Recommendation recommendation) {
        ObjectNode node = StoredJson.object();
        node.put("question", value(recommendation.question(), QuestionId::value));
        node.put("pillar", value(recommendation.pillar(), PillarId::value));
        node.put("title", recommendation.title());
        node.put("description", recommendation.description());
        StoredJson.putEnum(node, "effort", recommendation.effort());
        node.put("expectedImpact", recommendation.expectedImpact());
        node.put("impact", recommendation.impact());
        StoredJson.putEnum(node, "priority", recommendation.priority());
        return node;
    }

    private static Recommendation recommendation(JsonNode node) {
        return new Recommendation(id(StoredJson.text(node, "question"), QuestionId::of),
                id(StoredJson.text(node, "pillar"), PillarId::of), StoredJson.text(node, "title"), StoredJson.text(node, "description"),
                StoredJson.enumValue(node, "effort", Effort.class), StoredJson.text(node, "expectedImpact"),
                StoredJson.number(node, "impact"), StoredJson.enumValue(node, "priority", Priority.class));
    }

    private static ObjectNode phase(RoadmapPhase phase) {
        ObjectNode node = StoredJson.object();
        StoredJson.putEnum(node, "window", phase.window());
        node.put("firstDay", phase.firstDay());
        node.put("lastDay", phase.lastDay());
        StoredJson.putList(node, "recommendations", phase.recommendations(), ResultJson::recommendation);
        return node;
    }

    private static RoadmapPhase phase(JsonNode node) {
        // Format 1 named a phase by the priority it held; each priority had its own 30-day window.
        RoadmapWindow window = node.has("window") ? StoredJson.enumValue(node, "window", RoadmapWindow.class)
                : StoredJson.enumValue(node, "priority", Priority.class).window();
        return new RoadmapPhase(window, StoredJson.list(node, "recommendations", ResultJson::recommendation));
    }

    private static ObjectNode insight(Insight insight) {
        ObjectNode node = StoredJson.object();
        node.put("code", insight.code());
        node.put("message", insight.message());
        StoredJson.putTexts(node, "questions", insight.questions().stream().map(QuestionId::value).toList());
        return node;
    }

    private static Insight insight(JsonNode node) {
        return new Insight(StoredJson.text(node, "code"), StoredJson.text(node, "message"),
                StoredJson.list(node, "questions", item -> QuestionId.of(StoredJson.text(item))));
    }

    private static <T> String value(T id, Function<T, String> text) {
        return id == null ? null : text.apply(id);
    }

    private static <T> T id(String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }
}
