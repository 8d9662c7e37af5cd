package ara.domain.questionnaire;

/** Value object: the id of a readiness pillar (business, technical, …). Lower-case letters, digits, '_' and '-', at most 64 characters. */
public record PillarId(String value) implements Comparable<PillarId> {
    public PillarId {
        if (!Ids.isValid(value)) {
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
