package ara.atrest.json;

import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.Insight;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Function;

/**
 * Maps an {@link AuditResult} to one JSON document and back, every nested record field by field (no reflection),
 * so that what is read equals what was written. Writes {@code "format": 2}: the result version, roadmap windows and
 * each recommendation's window and kind by code, knowledge gaps and next-level guidance. Reads format 1 unchanged
 * (written before result version 2: phases named by priority, no windows or kinds on recommendations) as a result
 * version 1. Stateless.
 */
public final class ResultJson {
    static final int FORMAT = 2;
    /** Stored before result version 2; read, never written. */
    static final int FORMAT_1 = 1;

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
        node.put("resultVersion", result.resultVersion());
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
        StoredJson.putList(node, "knowledgeGaps", result.knowledgeGaps(), ResultJson::knowledgeGap);
        node.set("nextLevel", result.nextLevel() == null ? null : nextLevel(result.nextLevel()));
        return node;
    }

    /** @throws IllegalArgumentException when the node is not a result document of a known format */
    public static AuditResult result(JsonNode node) {
        int format = StoredJson.integer(node, "format");
        if (format == FORMAT_1) {
            // Format 1 holds a result version 1: phases named by priority, recommendations in their priority's window.
            return result(node, ResultJson::formatOneRecommendation, ResultJson::formatOnePhase, 1, List.of(), null);
        }
        if (format != FORMAT) {
            throw new IllegalArgumentException("unknown result format " + format);
        }
        JsonNode nextLevel = StoredJson.field(node, "nextLevel");
        return result(node, ResultJson::recommendation, ResultJson::phase, StoredJson.integer(node, "resultVersion"),
                StoredJson.list(node, "knowledgeGaps", ResultJson::knowledgeGap),
                nextLevel.isNull() ? null : nextLevel(nextLevel));
    }

    private static AuditResult result(JsonNode node, Function<JsonNode, Recommendation> recommendation,
                                      Function<JsonNode, RoadmapPhase> phase, int resultVersion,
                                      List<KnowledgeGap> knowledgeGaps, NextLevel nextLevel) {
        return new AuditResult(QuestionnaireId.of(StoredJson.requiredText(node, "questionnaire")),
                StoredJson.integer(node, "questionnaireVersion"), StoredJson.integer(node, "scoringVersion"),
                scoreCard(StoredJson.field(node, "scoreCard")), StoredJson.enumValue(node, "level", MaturityLevel.class),
                StoredJson.list(node, "pillars", ResultJson::pillarResult),
                StoredJson.list(node, "strengths", ResultJson::highlight),
                StoredJson.list(node, "gaps", ResultJson::highlight),
                StoredJson.list(node, "recommendations", recommendation),
                StoredJson.list(node, "roadmap", phase),
                StoredJson.list(node, "insights", ResultJson::insight),
                StoredJson.requiredInstant(node, "calculatedAt"), resultVersion, knowledgeGaps, nextLevel);
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
        node.put("window", recommendation.window().code());
        node.put("kind", recommendation.kind().code());
        return node;
    }

    private static Recommendation recommendation(JsonNode node) {
        return new Recommendation(id(StoredJson.text(node, "question"), QuestionId::of),
                id(StoredJson.text(node, "pillar"), PillarId::of), StoredJson.text(node, "title"),
                StoredJson.text(node, "description"), StoredJson.enumValue(node, "effort", Effort.class),
                StoredJson.text(node, "expectedImpact"), StoredJson.number(node, "impact"),
                StoredJson.enumValue(node, "priority", Priority.class), window(StoredJson.requiredText(node, "window")),
                kind(StoredJson.requiredText(node, "kind")));
    }

    private static Recommendation formatOneRecommendation(JsonNode node) {
        return new Recommendation(id(StoredJson.text(node, "question"), QuestionId::of),
                id(StoredJson.text(node, "pillar"), PillarId::of), StoredJson.text(node, "title"), StoredJson.text(node, "description"),
                StoredJson.enumValue(node, "effort", Effort.class), StoredJson.text(node, "expectedImpact"),
                StoredJson.number(node, "impact"), StoredJson.enumValue(node, "priority", Priority.class));
    }

    private static ObjectNode phase(RoadmapPhase phase) {
        ObjectNode node = StoredJson.object();
        node.put("window", phase.window().code());
        node.put("firstDay", phase.firstDay());
        node.put("lastDay", phase.lastDay());
        StoredJson.putList(node, "recommendations", phase.recommendations(), ResultJson::recommendation);
        return node;
    }

    private static RoadmapPhase phase(JsonNode node) {
        return new RoadmapPhase(window(StoredJson.requiredText(node, "window")),
                StoredJson.list(node, "recommendations", ResultJson::recommendation));
    }

    private static RoadmapPhase formatOnePhase(JsonNode node) {
        // Format 1 named a phase by the priority it held; each priority had its own 30-day window.
        RoadmapWindow window = node.has("window") ? StoredJson.enumValue(node, "window", RoadmapWindow.class)
                : StoredJson.enumValue(node, "priority", Priority.class).window();
        return new RoadmapPhase(window, StoredJson.list(node, "recommendations",
                ResultJson::formatOneRecommendation));
    }

    private static RoadmapWindow window(String code) {
        for (RoadmapWindow window : RoadmapWindow.values()) {
            if (window.code().equals(code)) {
                return window;
            }
        }
        throw new IllegalArgumentException("field 'window' is not a roadmap window: " + code);
    }

    private static Recommendation.Kind kind(String code) {
        for (Recommendation.Kind kind : Recommendation.Kind.values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("field 'kind' is not a recommendation kind: " + code);
    }

    private static ObjectNode knowledgeGap(KnowledgeGap gap) {
        ObjectNode node = StoredJson.object();
        node.put("question", gap.question().value());
        node.put("pillar", value(gap.pillar(), PillarId::value));
        node.put("title", gap.title());
        return node;
    }

    private static KnowledgeGap knowledgeGap(JsonNode node) {
        return new KnowledgeGap(QuestionId.of(StoredJson.requiredText(node, "question")),
                id(StoredJson.text(node, "pillar"), PillarId::of), StoredJson.requiredText(node, "title"));
    }

    private static ObjectNode nextLevel(NextLevel next) {
        ObjectNode node = StoredJson.object();
        node.set("total", levelGap(next.total()));
        StoredJson.putList(node, "pillars", next.pillars(), ResultJson::levelGap);
        StoredJson.putList(node, "bestGains", next.bestGains(), ResultJson::answerGain);
        return node;
    }

    private static NextLevel nextLevel(JsonNode node) {
        return new NextLevel(levelGap(StoredJson.field(node, "total")),
                StoredJson.list(node, "pillars", ResultJson::levelGap),
                StoredJson.list(node, "bestGains", ResultJson::answerGain));
    }

    private static ObjectNode levelGap(LevelGap gap) {
        ObjectNode node = StoredJson.object();
        node.put("scope", gap.scope());
        node.put("title", gap.title());
        node.put("percent", gap.percent());
        StoredJson.putEnum(node, "level", gap.level());
        StoredJson.putEnum(node, "next", gap.next());
        node.put("percentNeeded", gap.percentNeeded());
        node.put("pointsNeeded", gap.pointsNeeded());
        return node;
    }

    private static LevelGap levelGap(JsonNode node) {
        return new LevelGap(StoredJson.requiredText(node, "scope"), StoredJson.requiredText(node, "title"),
                StoredJson.number(node, "percent"), StoredJson.enumValue(node, "level", MaturityLevel.class),
                StoredJson.enumValue(node, "next", MaturityLevel.class), StoredJson.number(node, "percentNeeded"),
                StoredJson.number(node, "pointsNeeded"));
    }

    private static ObjectNode answerGain(AnswerGain gain) {
        ObjectNode node = StoredJson.object();
        node.put("question", gain.question().value());
        node.put("pillar", gain.pillar().value());
        node.put("title", gain.title());
        node.put("bestAnswer", gain.bestAnswer());
        node.put("percentGain", gain.percentGain());
        return node;
    }

    private static AnswerGain answerGain(JsonNode node) {
        return new AnswerGain(QuestionId.of(StoredJson.requiredText(node, "question")),
                PillarId.of(StoredJson.requiredText(node, "pillar")), StoredJson.requiredText(node, "title"),
                StoredJson.requiredText(node, "bestAnswer"), StoredJson.number(node, "percentGain"));
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
