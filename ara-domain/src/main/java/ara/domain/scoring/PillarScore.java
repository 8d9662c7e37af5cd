package ara.domain.scoring;

import ara.domain.questionnaire.PillarId;

import java.util.List;

/**
 * Value object: one pillar's score. {@code summary.score} is {@code r2(Σ q·w)} over answered visible questions,
 * {@code summary.max} is {@code r2(Σ 10·w)} over all visible questions, percent {@code r2(S/M·100)}.
 */
public record PillarScore(PillarId pillar, double weight, ScoreSummary summary, List<QuestionScore> questions) {
    public PillarScore {
        questions = List.copyOf(questions);
    }
}
