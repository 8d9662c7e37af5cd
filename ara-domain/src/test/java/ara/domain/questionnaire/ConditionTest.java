package ara.domain.questionnaire;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConditionTest {

    @Test
    void rejectsAComparingOperatorWithoutOperand() {
        assertThatThrownBy(() -> Condition.is("q", Operator.EQUALS, Operand.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operator equals needs a value");
    }

    @Test
    void rejectsAnEmptinessTestWithAnOperand() {
        assertThatThrownBy(() -> Condition.is("q", Operator.IS_EMPTY, new Operand.Text("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operator is_empty takes no value");
        assertThatThrownBy(() -> Condition.is("q", Operator.IS_NOT_EMPTY, new Operand.Flag(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operator is_not_empty takes no value");
    }

    @Test
    void listsEveryComparisonOfNestedGroupsDepthFirst() {
        Condition rule = Condition.any(
                Condition.equalTo("a", "1"),
                Condition.all(Condition.equalTo("b", "2"), Condition.any(Condition.equalTo("c", "3"))),
                Condition.equalTo("d", "4"));

        assertThat(rule.comparisons()).extracting(c -> c.question().value()).containsExactly("a", "b", "c", "d");
    }

    @Test
    void rejectsNonFiniteNumberOperands() {
        assertThatThrownBy(() -> new Operand.Number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Operand.Number(Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void copiesTheMembersOfAGroup() {
        ArrayList<Condition> members = new ArrayList<>(List.of(Condition.equalTo("a", "1")));
        Condition.All all = new Condition.All(members);
        members.add(Condition.equalTo("b", "2"));

        assertThat(all.conditions()).hasSize(1);
    }

    @Test
    void readsEveryOperatorFromItsCode() {
        assertThat(Arrays.stream(Operator.values()).map(Operator::code)).containsExactly("equals", "not_equals",
                "greater_than", "less_than", "greater_or_equal", "less_or_equal", "contains", "not_contains", "in",
                "not_in", "is_empty", "is_not_empty");
        for (Operator operator : Operator.values()) {
            assertThat(Operator.fromCode(operator.code())).contains(operator);
        }
        assertThat(Operator.fromCode("EQUALS")).isEmpty();
        assertThat(Arrays.stream(Operator.values()).filter(o -> !o.takesOperand()))
                .containsExactly(Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
    }
}
