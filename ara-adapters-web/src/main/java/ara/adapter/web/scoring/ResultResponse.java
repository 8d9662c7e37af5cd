package ara.adapter.web.scoring;

import ara.domain.audit.AuditId;
import ara.domain.result.AnswerGain;
import ara.domain.result.AuditResult;
import ara.domain.result.Highlight;
import ara.domain.result.Insight;
import ara.domain.result.KnowledgeGap;
import ara.domain.result.LevelGap;
import ara.domain.result.MaturityLevel;
import ara.domain.result.NextLevel;
import ara.domain.result.PillarResult;
import ara.domain.result.Recommendation;
import ara.domain.result.RoadmapPhase;
import ara.domain.scoring.QuestionScore;
import ara.domain.scoring.ScoreCard;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Response body: the result of scoring: totals and maturity levels, pillars with their questions, strengths, gaps,
 * recommendations, the roadmap, insights and, since result version 2, knowledge gaps and next-level guidance.
 * {@code auditId} is {@code null} for a preview that belongs to no audit; {@code nextLevel} is {@code null} for a
 * stored result of version 1, which is served as it was made.
 */
public record ResultResponse(String auditId, int resultVersion, QuestionnaireRef questionnaire, ProfileRef profile,
                             Total total, List<PillarBody> pillars, List<HighlightBody> strengths,
                             List<HighlightBody> gaps, List<RecommendationBody> recommendations,
                             List<PhaseBody> roadmap, List<InsightBody> insights, List<KnowledgeGapBody> knowledgeGaps,
                             NextLevelBody nextLevel, Instant calculatedAt) {

    public static ResultResponse from(AuditId auditId, AuditResult result) {
        ScoreCard card = result.scoreCard();
        return new ResultResponse(auditId == null ? null : auditId.toString(), result.resultVersion(),
                new QuestionnaireRef(result.questionnaire().value(), result.questionnaireVersion()),
                new ProfileRef(card.profileId(), card.profileVersion(), result.scoringVersion()),
                new Total(card.total().score(), card.total().max(), card.total().percent(),
                        levelCode(result.level())),
                result.pillars().stream().map(PillarBody::from).toList(),
                result.strengths().stream().map(HighlightBody::from).toList(),
                result.gaps().stream().map(HighlightBody::from).toList(),
                result.recommendations().stream().map(RecommendationBody::from).toList(),
                result.roadmap().stream().map(PhaseBody::from).toList(),
                result.insights().stream().map(InsightBody::from).toList(),
                result.knowledgeGaps().stream().map(KnowledgeGapBody::from).toList(),
                result.nextLevelGuidance().map(NextLevelBody::from).orElse(null),
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
     * Advice for a low-scoring question ({@code kind} "improve") or for a question answered "I don't know"
     * ({@code kind} "find-out"). {@code impact} is the weighted score to gain, {@code expectedImpact} says in words
     * what improves, {@code window} is the roadmap window's code and {@code horizon} its words. {@code pillar} is
     * {@code null} only for finding out the answer to a question that is not scored.
     */
    public record RecommendationBody(String questionId, String pillar, String title, String description,
                                     String effort, double impact, String expectedImpact, String priority,
                                     String horizon, String window, String kind) {
        static RecommendationBody from(Recommendation recommendation) {
            return new RecommendationBody(recommendation.question().value(),
                    recommendation.pillar() == null ? null : recommendation.pillar().value(),
                    recommendation.title(), recommendation.description(), recommendation.effort().name(),
                    recommendation.impact(), recommendation.expectedImpact(), recommendation.priority().code(),
                    recommendation.horizon(), recommendation.window().code(), recommendation.kind().code());
        }
    }

    /** One window of the roadmap and its recommendations, in the order to do them. */
    public record PhaseBody(String window, String horizon, int firstDay, int lastDay,
                            List<RecommendationBody> recommendations) {
        static PhaseBody from(RoadmapPhase phase) {
            return new PhaseBody(phase.window().code(), phase.window().horizon(), phase.firstDay(), phase.lastDay(),
                    phase.recommendations().stream().map(RecommendationBody::from).toList());
        }
    }

    /** A visible question answered "I don't know"; {@code pillar} is {@code null} when it is not scored. */
    public record KnowledgeGapBody(String question, String pillar, String title) {
        static KnowledgeGapBody from(KnowledgeGap gap) {
            return new KnowledgeGapBody(gap.question().value(), gap.pillar() == null ? null : gap.pillar().value(),
                    gap.title());
        }
    }

    /** How far the total and each pillar are from the next level, and the answers that would gain most. */
    public record NextLevelBody(LevelGapBody total, List<LevelGapBody> pillars, List<AnswerGainBody> bestGains) {
        static NextLevelBody from(NextLevel next) {
            return new NextLevelBody(LevelGapBody.from(next.total()),
                    next.pillars().stream().map(LevelGapBody::from).toList(),
                    next.bestGains().stream().map(AnswerGainBody::from).toList());
        }
    }

    /** The distance of one scope ("total" or a pillar id) to the next level; {@code next} is null at the top. */
    public record LevelGapBody(String scope, String title, double percent, String level, String next,
                               double percentNeeded, double pointsNeeded) {
        static LevelGapBody from(LevelGap gap) {
            return new LevelGapBody(gap.scope(), gap.title(), gap.percent(), levelCode(gap.level()),
                    gap.next() == null ? null : levelCode(gap.next()), gap.percentNeeded(), gap.pointsNeeded());
        }
    }

    /** One answer that would raise the total percent by {@code percentGain} points. */
    public record AnswerGainBody(String question, String pillar, String title, String bestAnswer,
                                 double percentGain) {
        static AnswerGainBody from(AnswerGain gain) {
            return new AnswerGainBody(gain.question().value(), gain.pillar().value(), gain.title(),
                    gain.bestAnswer(), gain.percentGain());
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
