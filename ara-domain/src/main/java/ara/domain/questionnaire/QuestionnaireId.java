package ara.domain.questionnaire;

/** Value object: the id of a questionnaire (all its versions share it). Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record QuestionnaireId(String value) implements Comparable<QuestionnaireId> {
    public QuestionnaireId {
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("questionnaire must be 1-64 characters of a-z, 0-9, '_' or '-', got: " + value);
        }
    }

    public static QuestionnaireId of(String value) {
        return new QuestionnaireId(value);
    }

    @Override
    public int compareTo(QuestionnaireId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
