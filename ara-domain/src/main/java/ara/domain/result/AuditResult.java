package ara.domain.result;

import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoreCard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: the full result of scoring an audit: scores, maturity levels, strengths and gaps, recommendations,
 * the roadmap, insights and, since result version 2, knowledge gaps and next-level guidance. Immutable.
 *
 * @param calculatedAt  when it was calculated (passed in; the domain reads no clock)
 * @param resultVersion the version of the presentation rules that made the lists (strengths, gaps,
 *                      recommendations, roadmap): 1 before the full questionnaire (three 30-day windows by priority,
 *                      context questions listed), 2 since; the scores do not depend on it
 * @param knowledgeGaps visible questions answered "I don't know" (always empty in version 1)
 * @param nextLevel     guidance to the next maturity level, or {@code null} in version 1
 */
public record AuditResult(QuestionnaireId questionnaire, int questionnaireVersion, int scoringVersion,
                          ScoreCard scoreCard, MaturityLevel level, List<PillarResult> pillars,
                          List<Highlight> strengths, List<Highlight> gaps, List<Recommendation> recommendations,
                          List<RoadmapPhase> roadmap, List<Insight> insights, Instant calculatedAt,
                          int resultVersion, List<KnowledgeGap> knowledgeGaps, NextLevel nextLevel) {

    public AuditResult {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(scoreCard, "scoreCard");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(calculatedAt, "calculatedAt");
        pillars = List.copyOf(pillars);
        strengths = List.copyOf(strengths);
        gaps = List.copyOf(gaps);
        recommendations = List.copyOf(recommendations);
        roadmap = List.copyOf(roadmap);
        insights = List.copyOf(insights);
        knowledgeGaps = knowledgeGaps == null ? List.of() : List.copyOf(knowledgeGaps);
        if (resultVersion < 1) {
            throw new IllegalArgumentException("result version must be >= 1, got " + resultVersion);
        }
    }

    /** A result version 1 result: no knowledge gaps, no next-level guidance. */
    public AuditResult(QuestionnaireId questionnaire, int questionnaireVersion, int scoringVersion,
                       ScoreCard scoreCard, MaturityLevel level, List<PillarResult> pillars, List<Highlight> strengths,
                       List<Highlight> gaps, List<Recommendation> recommendations, List<RoadmapPhase> roadmap,
                       List<Insight> insights, Instant calculatedAt) {
        this(questionnaire, questionnaireVersion, scoringVersion, scoreCard, level, pillars, strengths, gaps,
                recommendations, roadmap, insights, calculatedAt, 1, List.of(), null);
    }

    /** The same result, calculated at another time (results are compared without the time in some tests). */
    public AuditResult withCalculatedAt(Instant time) {
        return new AuditResult(questionnaire, questionnaireVersion, scoringVersion, scoreCard, level, pillars,
                strengths, gaps, recommendations, roadmap, insights, time, resultVersion, knowledgeGaps, nextLevel);
    }

    public Optional<NextLevel> nextLevelGuidance() {
        return Optional.ofNullable(nextLevel);
    }
}
