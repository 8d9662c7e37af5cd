package ara.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Value object: a conditional rule over answers, a comparison or a nested {@code all}/{@code any} group.
 * Evaluated by {@code ara.domain.logic.Conditions}. Immutable.
 */
public sealed interface Condition permits Condition.Comparison, Condition.All, Condition.Any {

    /** Every question the rule reads, depth first. */
    Stream<Comparison> comparisons();

    /** {@code question operator operand}. */
    record Comparison(QuestionId question, Operator operator, Operand operand) implements Condition {
        public Comparison {
            Objects.requireNonNull(question, "condition question");
            Objects.requireNonNull(operator, "condition operator");
            Objects.requireNonNull(operand, "condition operand");
            if (operator.takesOperand() == operand instanceof Operand.None) {
                throw new IllegalArgumentException("operator " + operator.code()
                        + (operator.takesOperand() ? " needs a value" : " takes no value"));
            }
        }

        @Override
        public Stream<Comparison> comparisons() {
            return Stream.of(this);
        }
    }

    /** True when every member holds (true when empty). */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Stream<Comparison> comparisons() {
            return conditions.stream().flatMap(Condition::comparisons);
        }
    }

    /** True when at least one member holds (false when empty). */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }

        @Override
        public Stream<Comparison> comparisons() {
            return conditions.stream().flatMap(Condition::comparisons);
        }
    }

    static Comparison is(String question, Operator operator, Operand operand) {
        return new Comparison(QuestionId.of(question), operator, operand);
    }

    static Comparison equalTo(String question, String value) {
        return is(question, Operator.EQUALS, new Operand.Text(value));
    }

    static All all(Condition... conditions) {
        return new All(List.of(conditions));
    }

    static Any any(Condition... conditions) {
        return new Any(List.of(conditions));
    }
}
