package ara.domain.answer;

import java.util.List;
import java.util.Objects;

/**
 * Value object: one answer as the user gave it, shaped by question type.
 *
 * <p>Immutable and thread-safe. Validation against a question happens in {@code ara.domain.logic}; these types
 * only guarantee well-formed values (no nulls, finite numbers).
 */
public sealed interface AnswerValue
        permits AnswerValue.Choice, AnswerValue.Choices, AnswerValue.Number, AnswerValue.Flag, AnswerValue.Text {

    /** The answer type's name, as used in error messages ("a single option id", "a number", …). */
    String shape();

    /** One option id: the answer to a single select. */
    record Choice(String optionId) implements AnswerValue {
        public Choice {
            Objects.requireNonNull(optionId, "optionId");
        }

        @Override
        public String shape() {
            return "a single option id";
        }
    }

    /** Option ids in the order given: the answer to a multi select. Empty means "none of these". */
    record Choices(List<String> optionIds) implements AnswerValue {
        public Choices {
            optionIds = List.copyOf(optionIds);
        }

        @Override
        public String shape() {
            return "a list of option ids";
        }
    }

    /** A number: the answer to a scale rating, a percentage or a number input. */
    record Number(double value) implements AnswerValue {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be a finite number");
            }
        }

        @Override
        public String shape() {
            return "a number";
        }
    }

    /** Yes (true) or no (false): the answer to a yes/no question. */
    record Flag(boolean value) implements AnswerValue {
        @Override
        public String shape() {
            return "true or false";
        }
    }

    /** Free text: the answer to a text input. */
    record Text(String value) implements AnswerValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String shape() {
            return "a text";
        }
    }
}
