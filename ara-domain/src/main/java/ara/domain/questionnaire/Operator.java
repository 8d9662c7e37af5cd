package ara.domain.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** A comparison in a conditional rule; each negated operator is exactly the negation of its positive twin. */
public enum Operator {
    EQUALS("equals"),
    NOT_EQUALS("not_equals"),
    GREATER_THAN("greater_than"),
    LESS_THAN("less_than"),
    GREATER_OR_EQUAL("greater_or_equal"),
    LESS_OR_EQUAL("less_or_equal"),
    CONTAINS("contains"),
    NOT_CONTAINS("not_contains"),
    IN("in"),
    NOT_IN("not_in"),
    IS_EMPTY("is_empty"),
    IS_NOT_EMPTY("is_not_empty");

    private final String code;

    Operator(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the operator compares with an operand (all but the emptiness tests do). */
    public boolean takesOperand() {
        return this != IS_EMPTY && this != IS_NOT_EMPTY;
    }

    public static Optional<Operator> fromCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}
