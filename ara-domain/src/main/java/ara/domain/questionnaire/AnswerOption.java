package ara.domain.questionnaire;

import java.util.Objects;

/**
 * Value object: one option of a select question.
 *
 * @param id        the option id, also the answer value that picks it
 * @param label     what the user reads
 * @param weight    its weight for scoring, at least 0
 * @param exclusive true for an answer such as "none" that cannot be combined with other options
 */
public record AnswerOption(String id, String label, double weight, boolean exclusive) {
    public AnswerOption {
        Objects.requireNonNull(id, "option id");
        Objects.requireNonNull(label, "option label");
        if (id.isBlank()) {
            throw new IllegalArgumentException("option id must not be blank");
        }
    }

    public static AnswerOption of(String id, String label, double weight) {
        return new AnswerOption(id, label, weight, false);
    }

    public static AnswerOption exclusive(String id, String label, double weight) {
        return new AnswerOption(id, label, weight, true);
    }
}
