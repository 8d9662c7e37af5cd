package ara.domain.questionnaire;

import java.util.regex.Pattern;

/** Value object: the id of a readiness pillar (business, technical, …). Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record PillarId(String value) implements Comparable<PillarId> {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    public PillarId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("pillarId must be 1-64 characters of a-z, 0-9, '_' or '-', got: " + value);
        }
    }

    public static PillarId of(String value) {
        return new PillarId(value);
    }

    @Override
    public int compareTo(PillarId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
