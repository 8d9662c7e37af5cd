package ara.domain.result;

import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;

/**
 * Value object: advice for a question that scored below {@link ResultAssembler#RECOMMEND_BELOW}.
 *
 * @param impact {@code r2((10 − q) × w × W_pillar)}
 */
public record Recommendation(QuestionId question, PillarId pillar, String title, String description, Effort effort,
                             String expectedImpact, double impact, Priority priority) {

    /** The roadmap window, e.g. "days 1-30". */
    public String horizon() {
        return priority.horizon();
    }
}
