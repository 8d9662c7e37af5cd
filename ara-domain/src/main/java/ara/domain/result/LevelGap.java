package ara.domain.result;

import java.util.Objects;

/**
 * Value object: how far the total or one pillar is from the next maturity level.
 *
 * @param scope         {@code "total"} or the pillar id
 * @param title         what people read ("Overall" or the pillar title)
 * @param percent       the current percent of the maximum
 * @param level         the current level
 * @param next          the next level, or {@code null} at the top level
 * @param percentNeeded percentage points still needed to reach {@code next} (0 at the top level)
 * @param pointsNeeded  the same distance in score points of this scope ({@code percentNeeded × max / 100}, rounded
 *                      up to two decimals; 0 at the top level)
 */
public record LevelGap(String scope, String title, double percent, MaturityLevel level, MaturityLevel next,
                       double percentNeeded, double pointsNeeded) {
    public static final String TOTAL = "total";

    public LevelGap {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
    }
}
