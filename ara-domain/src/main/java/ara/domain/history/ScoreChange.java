package ara.domain.history;

import ara.domain.result.MaturityLevel;

import java.util.Objects;

/**
 * Value object: a score (percent, 0–100) and level before and after.
 *
 * @param before      the baseline's percent
 * @param after       the compared audit's percent
 * @param levelBefore the baseline's level
 * @param levelAfter  the compared audit's level
 */
public record ScoreChange(double before, double after, MaturityLevel levelBefore, MaturityLevel levelAfter) {
    public ScoreChange {
        Objects.requireNonNull(levelBefore, "levelBefore");
        Objects.requireNonNull(levelAfter, "levelAfter");
    }

    /** The change in percentage points (positive: improved), rounded to one decimal. */
    public double delta() {
        return Math.round((after - before) * 10) / 10.0;
    }

    /** How many levels up (positive) or down (negative). */
    public int levelSteps() {
        return levelAfter.ordinal() - levelBefore.ordinal();
    }
}
