package ara.domain.result;

import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.scoring.ScoreCard;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Value object: the full result of scoring an audit: scores, maturity levels, strengths and gaps, recommendations,
 * the 90-day roadmap and insights. Immutable.
 *
 * @param calculatedAt when it was calculated (passed in; the domain reads no clock)
 */
public record AuditResult(QuestionnaireId questionnaire, int questionnaireVersion, int scoringVersion,
                          ScoreCard scoreCard, MaturityLevel level, List<PillarResult> pillars,
                          List<Highlight> strengths, List<Highlight> gaps, List<Recommendation> recommendations,
                          List<RoadmapPhase> roadmap, List<Insight> insights, Instant calculatedAt) {

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
    }
}
