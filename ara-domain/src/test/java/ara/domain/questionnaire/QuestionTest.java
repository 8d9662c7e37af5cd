package ara.domain.questionnaire;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionTest {

    @Test
    void defaultsAScaleToOneToTen() {
        Question scale = question("q", QuestionType.SCALE_RATING).build();

        assertThat(scale.minimum()).isEqualTo(1);
        assertThat(scale.maximum()).isEqualTo(10);
    }

    @Test
    void defaultsAPercentageToZeroToAHundred() {
        Question percentage = question("q", QuestionType.PERCENTAGE).build();

        assertThat(percentage.minimum()).isZero();
        assertThat(percentage.maximum()).isEqualTo(100);
    }

    @Test
    void takesTheValidationRangeWhenGiven() {
        Question number = question("q", QuestionType.NUMBER_INPUT).validation(Validation.range(-5, 250)).build();

        assertThat(number.minimum()).isEqualTo(-5);
        assertThat(number.maximum()).isEqualTo(250);
    }

    @Test
    void findsAnOptionById() {
        Question question = single("q", "a", "b").build();

        assertThat(question.option("b")).get().extracting(AnswerOption::id).isEqualTo("b");
        assertThat(question.option("c")).isEmpty();
    }

    @Test
    void replacesMissingTextsAndValidationByEmptyOnes() {
        Question question = new Question(QuestionId.of("q"), StepId.of("s"), QuestionType.YES_NO, "Title", null, null,
                false, null, null, null, null, null, null);

        assertThat(question.description()).isEmpty();
        assertThat(question.helpText()).isEmpty();
        assertThat(question.options()).isEmpty();
        assertThat(question.validation()).isEqualTo(Validation.none());
        assertThat(question.scoredPillar()).isEmpty();
        assertThat(question.shownWhen()).isEmpty();
        assertThat(question.hiddenWhen()).isEmpty();
        assertThat(question.improvementAdvice()).isEmpty();
    }

    @Test
    void rejectsAnInvalidPatternOrANonFiniteRange() {
        assertThatThrownBy(() -> Validation.text(null, "[unclosed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("validation pattern is not a regular expression");
        assertThatThrownBy(() -> Validation.range(0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void readsEveryTypeFromItsCode() {
        assertThat(Arrays.stream(QuestionType.values()).map(QuestionType::code)).containsExactly("single_select",
                "multi_select", "scale_rating", "yes_no", "percentage", "number_input", "text_input");
        for (QuestionType type : QuestionType.values()) {
            assertThat(QuestionType.fromCode(type.code())).contains(type);
        }
        assertThat(QuestionType.fromCode("dropdown")).isEmpty();
    }
}
