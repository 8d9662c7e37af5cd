package ara.domain.logic;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Operator;
import ara.domain.questionnaire.QuestionId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * Evaluates conditional rules against answers. Stateless and thread-safe.
 *
 * <p>Semantics, with "the value" the answer to the rule's question ({@code null} when unanswered or hidden):
 * <ul>
 *   <li>{@code equals}: same option, text, number or flag; for a multi select, the same set of options (a single
 *       text operand means exactly that one option).</li>
 *   <li>{@code greater_than}, {@code less_than}, {@code greater_or_equal}, {@code less_or_equal}: numbers; a multi
 *       select compares its number of selected options. Anything else is false.</li>
 *   <li>{@code contains}: a multi select has the option (every option, for a list operand); a text contains the
 *       operand; a single select is the option.</li>
 *   <li>{@code in}: the option or text is one of the operand's; a multi select has at least one of them.</li>
 *   <li>{@code is_empty}: unanswered, hidden, an empty selection or a blank text.</li>
 *   <li>Every {@code not_…} operator and {@code is_not_empty} is the exact negation of its twin, so an unanswered
 *       question is {@code not_equals} anything.</li>
 * </ul>
 */
public final class Conditions {

    private Conditions() {
    }

    /** Evaluates {@code condition}; {@code answers} gives the value of a question or {@code null}. */
    public static boolean holds(Condition condition, Function<QuestionId, AnswerValue> answers) {
        return switch (condition) {
            case Condition.All all -> {
                for (Condition member : all.conditions()) {
                    if (!holds(member, answers)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Condition.Any any -> {
                for (Condition member : any.conditions()) {
                    if (holds(member, answers)) {
                        yield true;
                    }
                }
                yield false;
            }
            case Condition.Comparison comparison ->
                    compare(answers.apply(comparison.question()), comparison.operator(), comparison.operand());
        };
    }

    static boolean compare(AnswerValue value, Operator operator, Operand operand) {
        return switch (operator) {
            case EQUALS -> equalTo(value, operand);
            case NOT_EQUALS -> !equalTo(value, operand);
            case GREATER_THAN -> numeric(value, operand, order -> order > 0);
            case LESS_THAN -> numeric(value, operand, order -> order < 0);
            case GREATER_OR_EQUAL -> numeric(value, operand, order -> order >= 0);
            case LESS_OR_EQUAL -> numeric(value, operand, order -> order <= 0);
            case CONTAINS -> contains(value, operand);
            case NOT_CONTAINS -> !contains(value, operand);
            case IN -> in(value, operand);
            case NOT_IN -> !in(value, operand);
            case IS_EMPTY -> isEmpty(value);
            case IS_NOT_EMPTY -> !isEmpty(value);
        };
    }

    private static boolean equalTo(AnswerValue value, Operand operand) {
        return switch (value) {
            case null -> false;
            case AnswerValue.Choice choice -> operand instanceof Operand.Text text && text.value().equals(choice.optionId());
            case AnswerValue.Text text -> operand instanceof Operand.Text expected && expected.value().equals(text.value());
            case AnswerValue.Number number -> operand instanceof Operand.Number expected && expected.value() == number.value();
            case AnswerValue.Flag flag -> operand instanceof Operand.Flag expected && expected.value() == flag.value();
            case AnswerValue.Choices choices -> switch (operand) {
                case Operand.Text text -> new HashSet<>(choices.optionIds()).equals(Set.of(text.value()));
                case Operand.TextList list -> new HashSet<>(choices.optionIds()).equals(new HashSet<>(list.values()));
                default -> false;
            };
        };
    }

    /** Orders the value's measure against a numeric operand; false when either is not a number. */
    private static boolean numeric(AnswerValue value, Operand operand, IntPredicate accept) {
        double measure = measure(value);
        return !Double.isNaN(measure) && operand instanceof Operand.Number number
                && accept.test(Double.compare(measure, number.value()));
    }

    private static double measure(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Number number -> number.value();
            case AnswerValue.Choices choices -> choices.optionIds().size();
            case null, default -> Double.NaN;
        };
    }

    private static boolean contains(AnswerValue value, Operand operand) {
        return switch (value) {
            case AnswerValue.Choices choices -> switch (operand) {
                case Operand.Text text -> choices.optionIds().contains(text.value());
                case Operand.TextList list -> choices.optionIds().containsAll(list.values());
                default -> false;
            };
            case AnswerValue.Text text -> operand instanceof Operand.Text part && text.value().contains(part.value());
            case AnswerValue.Choice choice -> operand instanceof Operand.Text text && text.value().equals(choice.optionId());
            case null, default -> false;
        };
    }

    private static boolean in(AnswerValue value, Operand operand) {
        List<String> allowed = switch (operand) {
            case Operand.TextList list -> list.values();
            case Operand.Text text -> List.of(text.value());
            default -> List.of();
        };
        return switch (value) {
            case AnswerValue.Choice choice -> allowed.contains(choice.optionId());
            case AnswerValue.Text text -> allowed.contains(text.value());
            case AnswerValue.Choices choices -> choices.optionIds().stream().anyMatch(allowed::contains);
            case null, default -> false;
        };
    }

    private static boolean isEmpty(AnswerValue value) {
        return switch (value) {
            case null -> true;
            case AnswerValue.Choices choices -> choices.optionIds().isEmpty();
            case AnswerValue.Text text -> text.value().isBlank();
            default -> false;
        };
    }
}
