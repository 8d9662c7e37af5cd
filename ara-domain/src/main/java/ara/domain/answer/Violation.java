package ara.domain.answer;

import java.util.Objects;

/**
 * Value object: one reason an answer was rejected.
 *
 * @param field   the question the answer belongs to (its id); adapters turn it into their own field path
 * @param rule    the rule broken, one of the constants below
 * @param message a sentence for people
 */
public record Violation(String field, String rule, String message) {
    public static final String UNKNOWN_QUESTION = "unknown_question";
    public static final String WRONG_TYPE = "wrong_type";
    public static final String UNKNOWN_OPTION = "unknown_option";
    public static final String DUPLICATE_OPTION = "duplicate_option";
    public static final String TOO_FEW_SELECTIONS = "too_few_selections";
    public static final String TOO_MANY_SELECTIONS = "too_many_selections";
    public static final String EXCLUSIVE_OPTION_COMBINED = "exclusive_option_combined";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String NOT_WHOLE_NUMBER = "not_whole_number";
    public static final String TOO_LONG = "too_long";
    public static final String PATTERN_MISMATCH = "pattern_mismatch";
    public static final String REQUIRED = "required";

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
