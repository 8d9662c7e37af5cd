package ara.domain.scoring;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionType;

import java.util.List;
import java.util.Set;

/**
 * How a question's answer becomes a score from 0 to 10 (before rounding). Immutable and thread-safe.
 *
 * <p>The normalised value {@code n} in [0, 1] of an answer: a single select {@code weight(option) / max weight};
 * a multi select {@code Σ weight(selected) / Σ weight(all options)}; a scale or number
 * {@code (v − min) / (max − min)}; a percentage {@code v / 100}; yes/no 1 or 0.
 */
public sealed interface ScoringFunction
        permits ScoringFunction.Weighted, ScoringFunction.Linear, ScoringFunction.Threshold, ScoringFunction.Exponential {

    double MAX_SCORE = 10;

    /** The score of a valid answer, in [0, 10], not rounded. */
    default double score(Question question, AnswerValue value) {
        QuestionMeasures measures = new QuestionMeasures(question);
        return score(measures.normalised(value), measures.measure(value));
    }

    /**
     * The score, in [0, 10], not rounded, from the answer's normalised value {@code n} in [0, 1] and its threshold
     * measure (the number of non-exclusive selections, or the number itself; NaN when there is none).
     */
    double score(double normalised, double measure);

    /** The question types this function can score. */
    Set<QuestionType> supports();

    /** The function's name in data files: weighted, linear, threshold or exponential. */
    String code();

    /** {@code n × 10} for select questions. */
    record Weighted() implements ScoringFunction {
        @Override
        public double score(double normalised, double measure) {
            return normalised * MAX_SCORE;
        }

        @Override
        public Set<QuestionType> supports() {
            return Set.of(QuestionType.SINGLE_SELECT, QuestionType.MULTI_SELECT);
        }

        @Override
        public String code() {
            return "weighted";
        }
    }

    /** {@code n × 10} for scales, numbers, percentages and yes/no. */
    record Linear() implements ScoringFunction {
        @Override
        public double score(double normalised, double measure) {
            return normalised * MAX_SCORE;
        }

        @Override
        public Set<QuestionType> supports() {
            return Set.of(QuestionType.SCALE_RATING, QuestionType.NUMBER_INPUT, QuestionType.PERCENTAGE,
                    QuestionType.YES_NO);
        }

        @Override
        public String code() {
            return "linear";
        }
    }

    /**
     * The score of the first band holding the measure, 0 when none does. The measure is the number of selected
     * options that are not exclusive (multi select) or the value (scale, number, percentage).
     */
    record Threshold(List<Band> bands) implements ScoringFunction {
        public Threshold {
            bands = List.copyOf(bands);
            if (bands.isEmpty()) {
                throw new IllegalArgumentException("a threshold function needs at least one band");
            }
        }

        @Override
        public double score(double normalised, double measure) {
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                if (band.contains(measure)) {
                    return band.score();
                }
            }
            return 0;
        }

        @Override
        public Set<QuestionType> supports() {
            return Set.of(QuestionType.MULTI_SELECT, QuestionType.SCALE_RATING, QuestionType.NUMBER_INPUT,
                    QuestionType.PERCENTAGE);
        }

        @Override
        public String code() {
            return "threshold";
        }
    }

    /** {@code min(((n·base)^multiplier + offset) / (base^multiplier + offset) × 10, 10)}. */
    record Exponential(double base, double multiplier, double offset) implements ScoringFunction {
        public Exponential {
            if (!(base > 0) || !(multiplier > 0) || !(offset >= 0) || !Double.isFinite(base)
                    || !Double.isFinite(multiplier) || !Double.isFinite(offset)) {
                throw new IllegalArgumentException("exponential needs base > 0, multiplier > 0 and offset >= 0");
            }
        }

        @Override
        public double score(double normalised, double measure) {
            double scaled = (Math.pow(normalised * base, multiplier) + offset) / (Math.pow(base, multiplier) + offset);
            return Math.min(scaled * MAX_SCORE, MAX_SCORE);
        }

        @Override
        public Set<QuestionType> supports() {
            return Set.of(QuestionType.SINGLE_SELECT, QuestionType.MULTI_SELECT, QuestionType.SCALE_RATING,
                    QuestionType.NUMBER_INPUT, QuestionType.PERCENTAGE, QuestionType.YES_NO);
        }

        @Override
        public String code() {
            return "exponential";
        }
    }
}
