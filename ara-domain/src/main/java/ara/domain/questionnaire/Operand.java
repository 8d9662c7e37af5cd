package ara.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/** Value object: the right-hand side of a comparison in a conditional rule. Immutable. */
public sealed interface Operand permits Operand.Text, Operand.Number, Operand.Flag, Operand.TextList, Operand.None {

    /** An option id or a text. */
    record Text(String value) implements Operand {
        public Text {
            Objects.requireNonNull(value, "operand");
        }
    }

    /** A number. */
    record Number(double value) implements Operand {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("operand must be a finite number");
            }
        }
    }

    /** true or false. */
    record Flag(boolean value) implements Operand {
    }

    /** A list of option ids or texts, for {@code in}/{@code not_in} and set equality. */
    record TextList(List<String> values) implements Operand {
        public TextList {
            values = List.copyOf(values);
        }
    }

    /** No operand: for {@code is_empty}/{@code is_not_empty}. */
    record None() implements Operand {
    }

    static Operand none() {
        return new None();
    }
}
