package ara.domain.scoring;

/** Value object: a threshold band: a measure in {@code [low, high]} (both inclusive) scores {@code score}. */
public record Band(double low, double high, double score) {
    public Band {
        if (!(low <= high)) {
            throw new IllegalArgumentException("band low (" + low + ") must not exceed high (" + high + ")");
        }
        if (!(score >= 0 && score <= ScoringFunction.MAX_SCORE)) {
            throw new IllegalArgumentException("band score must be within 0..10, got " + score);
        }
    }

    public boolean contains(double measure) {
        return measure >= low && measure <= high;
    }
}
