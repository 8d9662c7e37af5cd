package ara.domain.questionnaire;

/** Value object: the id of a question, unique within a questionnaire. Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record QuestionId(String value) implements Comparable<QuestionId> {
    public QuestionId {
        if (!Ids.isValid(value)) {
            throw new IllegalArgumentException("questionId must be 1-64 characters of a-z, 0-9, '_' or '-', got: " + value);
        }
    }

    public static QuestionId of(String value) {
        return new QuestionId(value);
    }

    @Override
    public int compareTo(QuestionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
