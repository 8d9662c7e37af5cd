package ara.domain.questionnaire;

import java.util.regex.Pattern;

/** Value object: the id of a questionnaire (all its versions share it). Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record QuestionnaireId(String value) implements Comparable<QuestionnaireId> {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public QuestionnaireId {
        if (value == null || !FORMAT.matcher(value).matches()) {
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
