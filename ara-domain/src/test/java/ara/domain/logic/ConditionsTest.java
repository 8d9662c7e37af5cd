package ara.domain.logic;

import ara.domain.answer.AnswerValue;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Operator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionsTest {

    private static final AnswerValue CHOICE_A = new AnswerValue.Choice("a");
    private static final AnswerValue CHOICES_XY = new AnswerValue.Choices(List.of("x", "y"));
    private static final AnswerValue NO_CHOICES = new AnswerValue.Choices(List.of());
    private static final AnswerValue SEVEN = new AnswerValue.Number(7);
    private static final AnswerValue YES = new AnswerValue.Flag(true);
    private static final AnswerValue HELLO = new AnswerValue.Text("hello world");

    @Test
    void equalsComparesOptionTextNumberAndFlag() {
        assertThat(holds(CHOICE_A, Operator.EQUALS, text("a"))).isTrue();
        assertThat(holds(CHOICE_A, Operator.EQUALS, text("b"))).isFalse();
        assertThat(holds(HELLO, Operator.EQUALS, text("hello world"))).isTrue();
        assertThat(holds(HELLO, Operator.EQUALS, text("Hello world"))).isFalse();
        assertThat(holds(SEVEN, Operator.EQUALS, number(7))).isTrue();
        assertThat(holds(SEVEN, Operator.EQUALS, number(7.5))).isFalse();
        assertThat(holds(YES, Operator.EQUALS, new Operand.Flag(true))).isTrue();
        assertThat(holds(YES, Operator.EQUALS, new Operand.Flag(false))).isFalse();
    }

    @Test
    void equalsNeedsAnOperandOfTheAnswersShape() {
        assertThat(holds(SEVEN, Operator.EQUALS, text("7"))).isFalse();
        assertThat(holds(YES, Operator.EQUALS, text("true"))).isFalse();
        assertThat(holds(CHOICE_A, Operator.EQUALS, list("a"))).isFalse();
    }

    @Test
    void equalsOnAMultiSelectComparesTheSetOfOptions() {
        assertThat(holds(CHOICES_XY, Operator.EQUALS, list("y", "x"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.EQUALS, list("x"))).isFalse();
        assertThat(holds(CHOICES_XY, Operator.EQUALS, list("x", "y", "z"))).isFalse();
        assertThat(holds(CHOICES_XY, Operator.EQUALS, text("x"))).isFalse();
        assertThat(holds(new AnswerValue.Choices(List.of("x")), Operator.EQUALS, text("x"))).isTrue();
        assertThat(holds(NO_CHOICES, Operator.EQUALS, list())).isTrue();
    }

    @Test
    void notEqualsIsTheNegationOfEquals() {
        assertThat(holds(CHOICE_A, Operator.NOT_EQUALS, text("a"))).isFalse();
        assertThat(holds(CHOICE_A, Operator.NOT_EQUALS, text("b"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.NOT_EQUALS, list("y", "x"))).isFalse();
        assertThat(holds(SEVEN, Operator.NOT_EQUALS, text("7"))).isTrue();
    }

    @Test
    void greaterThanComparesNumbersStrictly() {
        assertThat(holds(SEVEN, Operator.GREATER_THAN, number(6.5))).isTrue();
        assertThat(holds(SEVEN, Operator.GREATER_THAN, number(7))).isFalse();
        assertThat(holds(SEVEN, Operator.GREATER_THAN, number(8))).isFalse();
    }

    @Test
    void lessThanComparesNumbersStrictly() {
        assertThat(holds(SEVEN, Operator.LESS_THAN, number(8))).isTrue();
        assertThat(holds(SEVEN, Operator.LESS_THAN, number(7))).isFalse();
        assertThat(holds(SEVEN, Operator.LESS_THAN, number(-1))).isFalse();
    }

    @Test
    void greaterOrEqualIncludesEquality() {
        assertThat(holds(SEVEN, Operator.GREATER_OR_EQUAL, number(7))).isTrue();
        assertThat(holds(SEVEN, Operator.GREATER_OR_EQUAL, number(6))).isTrue();
        assertThat(holds(SEVEN, Operator.GREATER_OR_EQUAL, number(7.01))).isFalse();
    }

    @Test
    void lessOrEqualIncludesEquality() {
        assertThat(holds(SEVEN, Operator.LESS_OR_EQUAL, number(7))).isTrue();
        assertThat(holds(SEVEN, Operator.LESS_OR_EQUAL, number(8))).isTrue();
        assertThat(holds(SEVEN, Operator.LESS_OR_EQUAL, number(6.99))).isFalse();
    }

    @Test
    void orderingsCountTheOptionsOfAMultiSelect() {
        assertThat(holds(CHOICES_XY, Operator.GREATER_THAN, number(1))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.GREATER_THAN, number(2))).isFalse();
        assertThat(holds(CHOICES_XY, Operator.GREATER_OR_EQUAL, number(2))).isTrue();
        assertThat(holds(NO_CHOICES, Operator.LESS_THAN, number(1))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.LESS_OR_EQUAL, number(1))).isFalse();
    }

    @Test
    void orderingsOfAnythingButNumbersAndMultiSelectsAreFalse() {
        for (Operator ordering : List.of(Operator.GREATER_THAN, Operator.LESS_THAN, Operator.GREATER_OR_EQUAL,
                Operator.LESS_OR_EQUAL)) {
            assertThat(holds(CHOICE_A, ordering, number(0))).as("choice %s", ordering).isFalse();
            assertThat(holds(HELLO, ordering, number(0))).as("text %s", ordering).isFalse();
            assertThat(holds(YES, ordering, number(0))).as("flag %s", ordering).isFalse();
            assertThat(holds(SEVEN, ordering, text("7"))).as("text operand %s", ordering).isFalse();
            assertThat(holds(null, ordering, number(0))).as("unanswered %s", ordering).isFalse();
        }
    }

    @Test
    void containsLooksForOptionsInAMultiSelect() {
        assertThat(holds(CHOICES_XY, Operator.CONTAINS, text("x"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.CONTAINS, text("z"))).isFalse();
        assertThat(holds(CHOICES_XY, Operator.CONTAINS, list("y", "x"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.CONTAINS, list("x", "z"))).isFalse();
        assertThat(holds(NO_CHOICES, Operator.CONTAINS, text("x"))).isFalse();
    }

    @Test
    void containsLooksForAPartOfATextAndIsEqualityOnASingleSelect() {
        assertThat(holds(HELLO, Operator.CONTAINS, text("o w"))).isTrue();
        assertThat(holds(HELLO, Operator.CONTAINS, text("World"))).isFalse();
        assertThat(holds(CHOICE_A, Operator.CONTAINS, text("a"))).isTrue();
        assertThat(holds(CHOICE_A, Operator.CONTAINS, text("b"))).isFalse();
        assertThat(holds(SEVEN, Operator.CONTAINS, text("7"))).isFalse();
        assertThat(holds(YES, Operator.CONTAINS, text("true"))).isFalse();
    }

    @Test
    void notContainsIsTheNegationOfContains() {
        assertThat(holds(CHOICES_XY, Operator.NOT_CONTAINS, text("x"))).isFalse();
        assertThat(holds(CHOICES_XY, Operator.NOT_CONTAINS, text("z"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.NOT_CONTAINS, list("x", "z"))).isTrue();
        assertThat(holds(HELLO, Operator.NOT_CONTAINS, text("hello"))).isFalse();
        assertThat(holds(SEVEN, Operator.NOT_CONTAINS, text("7"))).isTrue();
    }

    @Test
    void inAcceptsAnyOfTheListedOptionsOrTexts() {
        assertThat(holds(CHOICE_A, Operator.IN, list("b", "a"))).isTrue();
        assertThat(holds(CHOICE_A, Operator.IN, list("b", "c"))).isFalse();
        assertThat(holds(CHOICE_A, Operator.IN, text("a"))).isTrue();
        assertThat(holds(new AnswerValue.Text("x"), Operator.IN, list("x", "y"))).isTrue();
        assertThat(holds(HELLO, Operator.IN, list("hello"))).isFalse();
        assertThat(holds(SEVEN, Operator.IN, list("7"))).isFalse();
        assertThat(holds(CHOICE_A, Operator.IN, number(1))).isFalse();
    }

    @Test
    void inOnAMultiSelectNeedsAtLeastOneListedOption() {
        assertThat(holds(CHOICES_XY, Operator.IN, list("y", "z"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.IN, list("z"))).isFalse();
        assertThat(holds(NO_CHOICES, Operator.IN, list("x"))).isFalse();
    }

    @Test
    void notInIsTheNegationOfIn() {
        assertThat(holds(CHOICE_A, Operator.NOT_IN, list("b", "a"))).isFalse();
        assertThat(holds(CHOICE_A, Operator.NOT_IN, list("b", "c"))).isTrue();
        assertThat(holds(CHOICES_XY, Operator.NOT_IN, list("y", "z"))).isFalse();
        assertThat(holds(CHOICES_XY, Operator.NOT_IN, list("z"))).isTrue();
    }

    @Test
    void isEmptyHoldsForNoAnswerAnEmptySelectionAndABlankText() {
        assertThat(holds(null, Operator.IS_EMPTY, Operand.none())).isTrue();
        assertThat(holds(NO_CHOICES, Operator.IS_EMPTY, Operand.none())).isTrue();
        assertThat(holds(new AnswerValue.Text(" \t"), Operator.IS_EMPTY, Operand.none())).isTrue();
        assertThat(holds(HELLO, Operator.IS_EMPTY, Operand.none())).isFalse();
        assertThat(holds(CHOICES_XY, Operator.IS_EMPTY, Operand.none())).isFalse();
        assertThat(holds(CHOICE_A, Operator.IS_EMPTY, Operand.none())).isFalse();
        assertThat(holds(new AnswerValue.Number(0), Operator.IS_EMPTY, Operand.none())).isFalse();
        assertThat(holds(new AnswerValue.Flag(false), Operator.IS_EMPTY, Operand.none())).isFalse();
    }

    @Test
    void isNotEmptyIsTheNegationOfIsEmpty() {
        assertThat(holds(null, Operator.IS_NOT_EMPTY, Operand.none())).isFalse();
        assertThat(holds(NO_CHOICES, Operator.IS_NOT_EMPTY, Operand.none())).isFalse();
        assertThat(holds(new AnswerValue.Text(""), Operator.IS_NOT_EMPTY, Operand.none())).isFalse();
        assertThat(holds(new AnswerValue.Number(0), Operator.IS_NOT_EMPTY, Operand.none())).isTrue();
        assertThat(holds(CHOICES_XY, Operator.IS_NOT_EMPTY, Operand.none())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Operator.class, names = {"EQUALS", "CONTAINS", "IN", "GREATER_THAN", "LESS_OR_EQUAL"})
    void aPositiveComparisonOfAnUnansweredQuestionIsFalse(Operator operator) {
        Operand operand = operator == Operator.GREATER_THAN || operator == Operator.LESS_OR_EQUAL ? number(0)
                : text("a");

        assertThat(holds(null, operator, operand)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Operator.class, names = {"NOT_EQUALS", "NOT_CONTAINS", "NOT_IN"})
    void aNegatedComparisonOfAnUnansweredQuestionIsTrue(Operator operator) {
        assertThat(holds(null, operator, text("a"))).isTrue();
        assertThat(holds(null, operator, list("a", "b"))).isTrue();
    }

    @Test
    void allHoldsWhenEveryMemberHoldsAndWhenEmpty() {
        Map<String, AnswerValue> answers = Map.of("p", CHOICE_A, "q", SEVEN);

        assertThat(holds(Condition.all(Condition.equalTo("p", "a"), greaterThan("q", 5)), answers)).isTrue();
        assertThat(holds(Condition.all(Condition.equalTo("p", "a"), greaterThan("q", 7)), answers)).isFalse();
        assertThat(holds(Condition.all(), answers)).isTrue();
    }

    @Test
    void anyHoldsWhenAtLeastOneMemberHoldsAndNotWhenEmpty() {
        Map<String, AnswerValue> answers = Map.of("p", CHOICE_A, "q", SEVEN);

        assertThat(holds(Condition.any(Condition.equalTo("p", "b"), greaterThan("q", 5)), answers)).isTrue();
        assertThat(holds(Condition.any(Condition.equalTo("p", "b"), greaterThan("q", 7)), answers)).isFalse();
        assertThat(holds(Condition.any(), answers)).isFalse();
    }

    @Test
    void evaluatesNestedGroups() {
        // p = a AND (q > 8 OR (r is empty AND NOT q < 7))
        Condition rule = Condition.all(Condition.equalTo("p", "a"), Condition.any(greaterThan("q", 8),
                Condition.all(Condition.is("r", Operator.IS_EMPTY, Operand.none()),
                        Condition.is("q", Operator.GREATER_OR_EQUAL, number(7)))));

        assertThat(holds(rule, Map.of("p", CHOICE_A, "q", SEVEN))).isTrue();
        assertThat(holds(rule, Map.of("p", CHOICE_A, "q", SEVEN, "r", HELLO))).isFalse();
        assertThat(holds(rule, Map.of("p", CHOICE_A, "q", new AnswerValue.Number(9), "r", HELLO))).isTrue();
        assertThat(holds(rule, Map.of("p", new AnswerValue.Choice("b"), "q", new AnswerValue.Number(9)))).isFalse();
        assertThat(holds(rule, Map.of())).isFalse();
    }

    private static boolean holds(AnswerValue value, Operator operator, Operand operand) {
        Map<String, AnswerValue> answers = new HashMap<>();
        if (value != null) {
            answers.put("q", value);
        }
        return holds(Condition.is("q", operator, operand), answers);
    }

    private static boolean holds(Condition condition, Map<String, AnswerValue> answers) {
        return Conditions.holds(condition, question -> answers.get(question.value()));
    }

    private static Condition greaterThan(String question, double value) {
        return Condition.is(question, Operator.GREATER_THAN, number(value));
    }

    private static Operand text(String value) {
        return new Operand.Text(value);
    }

    private static Operand number(double value) {
        return new Operand.Number(value);
    }

    private static Operand list(String... values) {
        return new Operand.TextList(List.of(values));
    }
}
