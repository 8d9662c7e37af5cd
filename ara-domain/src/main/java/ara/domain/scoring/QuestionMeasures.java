package ara.domain.scoring;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionType;

import java.util.List;

/**
 * The two measures scoring functions read from an answer, with the question's facts resolved once: the normalised
 * value {@code n} in [0, 1] and the threshold measure (count of non-exclusive selections, or the number).
 * Immutable and thread-safe.
 */
final class QuestionMeasures {
    private final QuestionType type;
    private final String[] optionIds;
    private final double[] weights;
    private final boolean[] exclusive;
    private final double maxWeight;
    private final double totalWeight;
    private final double min;
    private final double max;

    QuestionMeasures(Question question) {
        List<AnswerOption> options = question.options();
        this.type = question.type();
        this.optionIds = new String[options.size()];
        this.weights = new double[options.size()];
        this.exclusive = new boolean[options.size()];
        double heaviest = 0;
        double sum = 0;
        for (int i = 0; i < options.size(); i++) {
            AnswerOption option = options.get(i);
            optionIds[i] = option.id();
            weights[i] = option.weight();
            exclusive[i] = option.exclusive();
            heaviest = Math.max(heaviest, option.weight());
            sum += option.weight();
        }
        this.maxWeight = heaviest;
        this.totalWeight = sum;
        this.min = question.type().isNumeric() ? question.minimum() : 0;
        this.max = question.type().isNumeric() ? question.maximum() : 1;
    }

    private int indexOf(String optionId) {
        for (int i = 0; i < optionIds.length; i++) {
            if (optionIds[i].equals(optionId)) {
                return i;
            }
        }
        return -1;
    }

    /** The answer's normalised value in [0, 1]; 0 for an answer of the wrong shape. */
    double normalised(AnswerValue value) {
        if (value instanceof AnswerValue.Choice choice) {
            int index = indexOf(choice.optionId());
            return index < 0 || maxWeight == 0 ? 0 : weights[index] / maxWeight;
        }
        if (value instanceof AnswerValue.Choices choices) {
            if (totalWeight == 0) {
                return 0;
            }
            double picked = 0;
            List<String> selected = choices.optionIds();
            for (int s = 0; s < selected.size(); s++) {
                int index = indexOf(selected.get(s));
                if (index >= 0) {
                    picked += weights[index];
                }
            }
            return clamp01(picked / totalWeight);
        }
        if (value instanceof AnswerValue.Number number) {
            return type == QuestionType.PERCENTAGE ? clamp01(number.value() / 100)
                    : clamp01((number.value() - min) / (max - min));
        }
        if (value instanceof AnswerValue.Flag flag) {
            return flag.value() ? 1 : 0;
        }
        return 0;
    }

    /** The threshold measure: selected options that are not exclusive, or the number; NaN otherwise. */
    double measure(AnswerValue value) {
        if (value instanceof AnswerValue.Choices choices) {
            int count = 0;
            List<String> selected = choices.optionIds();
            for (int s = 0; s < selected.size(); s++) {
                int index = indexOf(selected.get(s));
                if (index >= 0 && !exclusive[index]) {
                    count++;
                }
            }
            return count;
        }
        if (value instanceof AnswerValue.Number number) {
            return number.value();
        }
        return Double.NaN;
    }

    /** Guards against answers that bypassed validation; validated answers are already within range. */
    private static double clamp01(double n) {
        return Math.max(0, Math.min(1, n));
    }
}
