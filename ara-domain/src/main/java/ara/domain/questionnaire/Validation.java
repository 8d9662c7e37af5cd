package ara.domain.questionnaire;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Value object: the constraints on a question's answer beyond its type.
 *
 * <p>Unset limits are {@code null} in the components and empty in the {@code Optional} accessors below. Which limits
 * a question may use depends on its type; {@link QuestionnaireDefinition} checks that when it is built.
 *
 * @param min           lowest number allowed (numeric types)
 * @param max           highest number allowed (numeric types)
 * @param minSelections fewest options a multi select must pick
 * @param maxSelections most options a multi select may pick
 * @param maxLength     longest text allowed (text input)
 * @param pattern       regular expression the whole text must match (text input)
 */
public record Validation(Double min, Double max, Integer minSelections, Integer maxSelections, Integer maxLength,
                         String pattern) {

    private static final Validation NONE = new Validation(null, null, null, null, null, null);

    public Validation {
        if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
            throw new IllegalArgumentException("validation min and max must be finite numbers");
        }
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("validation pattern is not a regular expression: " + e.getDescription(), e);
            }
        }
    }

    public static Validation none() {
        return NONE;
    }

    public static Validation range(double min, double max) {
        return new Validation(min, max, null, null, null, null);
    }

    public static Validation selections(Integer minSelections, Integer maxSelections) {
        return new Validation(null, null, minSelections, maxSelections, null, null);
    }

    public static Validation text(Integer maxLength, String pattern) {
        return new Validation(null, null, null, null, maxLength, pattern);
    }

    public OptionalDouble minValue() {
        return min == null ? OptionalDouble.empty() : OptionalDouble.of(min);
    }

    public OptionalDouble maxValue() {
        return max == null ? OptionalDouble.empty() : OptionalDouble.of(max);
    }

    public OptionalInt fewestSelections() {
        return minSelections == null ? OptionalInt.empty() : OptionalInt.of(minSelections);
    }

    public OptionalInt mostSelections() {
        return maxSelections == null ? OptionalInt.empty() : OptionalInt.of(maxSelections);
    }

    public OptionalInt longestText() {
        return maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength);
    }

    public Optional<String> textPattern() {
        return Optional.ofNullable(pattern);
    }
}
