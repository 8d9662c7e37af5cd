package ara.domain.questionnaire;

import java.util.regex.Pattern;

/** Value object: the id of a wizard step, unique within a questionnaire. Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record StepId(String value) implements Comparable<StepId> {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public StepId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("stepId must be 1-64 characters of a-z, 0-9, '_' or '-', got: " + value);
        }
    }

    public static StepId of(String value) {
        return new StepId(value);
    }

    @Override
    public int compareTo(StepId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
