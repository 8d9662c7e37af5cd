package ara.domain.history;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.QuestionId;

import java.util.Objects;
import java.util.Optional;

/**
 * Value object: a question both versions share whose answer differs between the two audits.
 *
 * @param question the question
 * @param title    its title in the compared audit's version
 * @param before   the baseline's answer, or {@code null} when it had none
 * @param after    the compared audit's answer, or {@code null} when it has none
 */
public record AnswerChange(QuestionId question, String title, AnswerValue before, AnswerValue after) {
    public AnswerChange {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(title, "title");
        if (Objects.equals(before, after)) {
            throw new IllegalArgumentException("an answer change needs two different answers for " + question);
        }
    }

    public Optional<AnswerValue> beforeValue() {
        return Optional.ofNullable(before);
    }

    public Optional<AnswerValue> afterValue() {
        return Optional.ofNullable(after);
    }
}
