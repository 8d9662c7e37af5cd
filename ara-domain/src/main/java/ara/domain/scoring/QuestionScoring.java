package ara.domain.scoring;

import java.util.Objects;

/** Value object: how a profile scores one question: its weight within the pillar and its function. */
public record QuestionScoring(double weight, ScoringFunction function) {
    public QuestionScoring {
        Objects.requireNonNull(function, "function");
        if (!Double.isFinite(weight) || weight < 0) {
            throw new IllegalArgumentException("question weight must be >= 0, got " + weight);
        }
    }
}
