package ara.domain.logic;

import ara.domain.questionnaire.QuestionId;

import java.util.List;
import java.util.Objects;

/**
 * Value object: a cross-question warning raised by the answers; advice, never an error.
 *
 * @param code      the cross-check id, e.g. {@code regulated_data_without_controls}
 * @param message   text for people, with missing options filled in
 * @param questions the questions involved
 * @param missing   options the check expected but did not find (may be empty)
 */
public record Warning(String code, String message, List<QuestionId> questions, List<String> missing) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        questions = List.copyOf(questions);
        missing = List.copyOf(missing);
    }
}
