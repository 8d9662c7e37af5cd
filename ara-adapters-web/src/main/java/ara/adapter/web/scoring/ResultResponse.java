package ara.adapter.web.scoring;

import ara.domain.audit.AuditId;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.Insight;
import ara.domain.result.MaturityLevel;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Response body: the result of scoring: totals and maturity levels, pillars with their questions, strengths, gaps,
 * recommendations and insights. {@code auditId} is {@code null} for a preview that belongs to no audit.
 */
public record ResultResponse(String auditId, QuestionnaireRef questionnaire, ProfileRef profile, Total total,
                             List<PillarBody> pillars, List<HighlightBody> strengths, List<HighlightBody> gaps,
                             List<RecommendationBody> recommendations, List<InsightBody> insights,
                             Instant calculatedAt) {

    public static ResultResponse from(AuditId auditId, AuditResult result) {
        ScoreCard card = result.scoreCard();
        return new ResultResponse(auditId == null ? null : auditId.toString(),
                new QuestionnaireRef(result.questionnaire().value(), result.questionnaireVersion()),
                new ProfileRef(card.profileId(), card.profileVersion(), result.scoringVersion()),
                new Total(card.total().score(), card.total().max(), card.total().percent(),
                        levelCode(result.level())),
                result.pillars().stream().map(PillarBody::from).toList(),
                result.strengths().stream().map(HighlightBody::from).toList(),
                result.gaps().stream().map(HighlightBody::from).toList(),
                result.recommendations().stream().map(RecommendationBody::from).toList(),
                result.insights().stream().map(InsightBody::from).toList(),
                result.calculatedAt());
    }

    static String levelCode(MaturityLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    /** Which questionnaire version was scored. */
    public record QuestionnaireRef(String id, int version) {
    }

    /** The scoring profile chosen for the answers, and the version of the scoring scheme it belongs to. */
    public record ProfileRef(String id, int version, int scoringVersion) {
    }

    /** The overall score and maturity level. */
    public record Total(double score, double max, double percent, String level) {
    }

    /** One pillar's score, level and scored questions. */
    public record PillarBody(String id, String title, double weight, double score, double max, double percent,
                             String level, List<QuestionBody> questions) {
        static PillarBody from(PillarResult pillar) {
            var score = pillar.score();
            return new PillarBody(score.pillar().value(), pillar.title(), score.weight(), score.summary().score(),
                    score.summary().max(), score.summary().percent(), levelCode(pillar.level()),
                    score.questions().stream().map(QuestionBody::from).toList());
        }
    }

    /** One visible scored question. */
    public record QuestionBody(String id, boolean answered, double score, double max, double weight) {
        static QuestionBody from(QuestionScore score) {
            return new QuestionBody(score.question().value(), score.answered(), score.score(), score.max(),
                    score.weight());
        }
    }

    /** A strength or a gap: a pillar or a question ({@code kind}) and its percent of the maximum. */
    public record HighlightBody(String kind, String id, String title, double percent) {
        static HighlightBody from(Highlight highlight) {
            return new HighlightBody(highlight.kind(), highlight.id(), highlight.title(), highlight.percent());
        }
    }

    /**
     * Advice for a low-scoring question. {@code impact} is the weighted score to gain, {@code expectedImpact}
     * says in words what improves.
     */
    public record RecommendationBody(String questionId, String pillar, String title, String description,
                                     String effort, double impact, String expectedImpact, String priority,
                                     String horizon) {
        static RecommendationBody from(Recommendation recommendation) {
            return new RecommendationBody(recommendation.question().value(), recommendation.pillar().value(),
                    recommendation.title(), recommendation.description(), recommendation.effort().name(),
                    recommendation.impact(), recommendation.expectedImpact(), recommendation.priority().code(),
                    recommendation.horizon());
        }
    }

    /** An observation about the answers as a whole. */
    public record InsightBody(String code, String message, List<String> questions) {
        static InsightBody from(Insight insight) {
            return new InsightBody(insight.code(), insight.message(),
                    insight.questions().stream().map(q -> q.value()).toList());
        }
    }
}
