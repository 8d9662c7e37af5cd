package ara.domain.questionnaire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    private static final String LONGEST = "abcdefghijklmnopqrstuvwxyz_0123456789-abcdefghijklmnopqrstuvwxyz";

    @Test
    void theLongestIdHasSixtyFourCharacters() {
        assertThat(LONGEST).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"company_size", "q1", "9lives", "a-b", "x", LONGEST})
    void acceptsLowerCaseIdsOfUpToSixtyFourCharacters(String id) {
        assertThat(QuestionId.of(id).value()).isEqualTo(id);
        assertThat(StepId.of(id).toString()).isEqualTo(id);
        assertThat(PillarId.of(id).value()).isEqualTo(id);
        assertThat(QuestionnaireId.of(id).value()).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "Company", "_lead", "-lead", "a b", "ä", "a.b", LONGEST + "a"})
    void rejectsMalformedIdsNamingTheField(String id) {
        assertThatThrownBy(() -> QuestionId.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("questionId ");
        assertThatThrownBy(() -> StepId.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("stepId ");
        assertThatThrownBy(() -> PillarId.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pillarId ");
        assertThatThrownBy(() -> QuestionnaireId.of(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("questionnaire ");
    }

    @Test
    void ordersIdsByTheirText() {
        assertThat(QuestionId.of("a")).isLessThan(QuestionId.of("b"));
        assertThat(PillarId.of("b")).isGreaterThan(PillarId.of("a"));
    }

    @Test
    void rejectsABlankOptionId() {
        assertThatThrownBy(() -> AnswerOption.of(" ", "Blank", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("option id");
    }
}
