package ara.domain.questionnaire;

/** Value object: the id of a wizard step, unique within a questionnaire. Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record StepId(String value) implements Comparable<StepId> {
    public StepId {
        if (!Ids.isValid(value)) {
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
