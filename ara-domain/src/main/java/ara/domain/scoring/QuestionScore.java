package ara.domain.scoring;

import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;

/**
 * Value object: the score of one visible, scored question.
 *
 * @param score {@code r2} of the function's score; 0 when unanswered
 * @param max   always 10
 */
public record QuestionScore(QuestionId question, PillarId pillar, boolean answered, double score, double max,
                            double weight) {
}
