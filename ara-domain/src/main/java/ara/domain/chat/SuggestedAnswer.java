package ara.domain.chat;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.QuestionId;

import java.util.Objects;

/**
 * Value object: an answer the assistant proposes; the user accepts it with the normal answer write.
 *
 * @param rationale why, in one sentence (may be empty)
 */
public record SuggestedAnswer(QuestionId questionId, AnswerValue value, String rationale) {
    public static final int RATIONALE_MAX = 500;

    public SuggestedAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(value, "value");
        rationale = rationale == null ? "" : rationale.strip();
        if (rationale.length() > RATIONALE_MAX) {
            rationale = rationale.substring(0, RATIONALE_MAX);
        }
    }
}
