package ara.domain.result;

import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import java.util.Objects;

/**
 * Value object: one answer that would raise the total most if it were given instead of the current one.
 *
 * @param bestAnswer   what the best answer is, in the user's words (an option label, "Yes", "100 %", …)
 * @param percentGain  percentage points of the total it would add, rounded to two decimals
 */
public record AnswerGain(QuestionId question, PillarId pillar, String title, String bestAnswer,
                         double percentGain) {
    public AnswerGain {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(bestAnswer, "bestAnswer");
    }
}
