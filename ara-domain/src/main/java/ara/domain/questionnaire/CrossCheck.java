package ara.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: a cross-question warning (never an error). It fires when {@code when} holds and, if it names a
 * question and required options, that question is answered and lacks at least one of them; the warning then
 * lists the missing options. The message may use the placeholder {@code {missing}}.
 *
 * @param id              stable id of the warning, e.g. {@code healthcare_without_hipaa}
 * @param when            when the warning applies
 * @param question        the question whose answer must contain {@code requiredOptions}, or {@code null}
 * @param requiredOptions options that must all be selected in {@code question}
 * @param message         text shown to the user
 */
public record CrossCheck(String id, Condition when, QuestionId question, List<String> requiredOptions,
                         String message) {

    public static final String MISSING_PLACEHOLDER = "{missing}";

    public CrossCheck {
        Objects.requireNonNull(id, "cross-check id");
        Objects.requireNonNull(when, "cross-check when");
        Objects.requireNonNull(message, "cross-check message");
        requiredOptions = requiredOptions == null ? List.of() : List.copyOf(requiredOptions);
        if (question == null && !requiredOptions.isEmpty()) {
            throw new IllegalArgumentException("cross-check " + id + ": requiredOptions need a question");
        }
    }

    public Optional<QuestionId> checkedQuestion() {
        return Optional.ofNullable(question);
    }
}
