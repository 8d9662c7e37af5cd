package ara.domain.answer;

import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.Definitions;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Stream;

import static ara.domain.fixture.QuestionBuilder.multi;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AnswerValidatorTest {

    private static final QuestionnaireDefinition DEFINITION = Definitions.definition(
            single("size", "small", "large").required().build(),
            multi("tools", "git", "ci", "cd").exclusiveOption("none", 0).build(),
            multi("musts", "a", "b", "c").required().build(),
            multi("limited", "a", "b", "c", "d").validation(Validation.selections(2, 3)).build(),
            scale("rating").build(),
            question("share", QuestionType.PERCENTAGE).build(),
            question("budget", QuestionType.NUMBER_INPUT).validation(Validation.range(100, 300)).build(),
            question("agree", QuestionType.YES_NO).build(),
            question("code", QuestionType.TEXT_INPUT).validation(Validation.text(10, "[a-z ]*")).build(),
            question("short", QuestionType.TEXT_INPUT).validation(Validation.text(3, null)).build(),
            question("notes", QuestionType.TEXT_INPUT).build());

    @Test
    void acceptsAValidAnswerOfEveryType() {
        Answers answers = AnswersBuilder.answers()
                .choice("size", "small")
                .choices("tools", "git", "cd")
                .choices("musts", "c")
                .choices("limited", "a", "b", "c")
                .number("rating", 7)
                .number("share", 62.5)
                .number("budget", 150.25)
                .flag("agree", false)
                .text("code", "abc def")
                .text("short", "abc")
                .text("notes", "Anything goes, at any length.")
                .build();

        assertThat(AnswerValidator.validate(DEFINITION, answers)).isEmpty();
    }

    @Test
    void rejectsAnAnswerToAnUnknownQuestion() {
        List<Violation> violations = AnswerValidator.validate(DEFINITION, QuestionId.of("ghost"),
                new AnswerValue.Text("boo"));

        assertThat(violations).containsExactly(new Violation("ghost", Violation.UNKNOWN_QUESTION,
                "question ghost does not exist in test v1"));
    }

    static Stream<Arguments> wrongShapes() {
        return Stream.of(
                Arguments.of("size", new AnswerValue.Choices(List.of("small")), "a single option id (string)",
                        "a list of option ids"),
                Arguments.of("tools", new AnswerValue.Choice("git"), "a list of option ids (array of strings)",
                        "a single option id"),
                Arguments.of("rating", new AnswerValue.Text("7"), "a number", "a text"),
                Arguments.of("share", new AnswerValue.Flag(true), "a number", "true or false"),
                Arguments.of("budget", new AnswerValue.Choice("150"), "a number", "a single option id"),
                Arguments.of("agree", new AnswerValue.Text("yes"), "true or false", "a text"),
                Arguments.of("code", new AnswerValue.Number(1), "a text (string)", "a number"));
    }

    @ParameterizedTest(name = "{0} rejects {3}")
    @MethodSource("wrongShapes")
    void rejectsAnAnswerOfTheWrongType(String question, AnswerValue value, String expected, String got) {
        Question asked = DEFINITION.question(QuestionId.of(question)).orElseThrow();

        assertThat(AnswerValidator.validate(DEFINITION, asked.id(), value)).containsExactly(new Violation(question,
                Violation.WRONG_TYPE, "question " + question + " is a " + asked.type().code() + " and takes "
                + expected + ", got " + got));
    }

    @Test
    void rejectsAnUnknownOptionOfASingleSelect() {
        assertThat(validate("size", new AnswerValue.Choice("medium"))).containsExactly(
                new Violation("size", Violation.UNKNOWN_OPTION, "question size has no option medium"));
    }

    @Test
    void rejectsEveryUnknownOptionOfAMultiSelect() {
        assertThat(validate("tools", choices("git", "svn", "ftp")))
                .extracting(Violation::rule, Violation::message)
                .containsExactly(
                        tuple(Violation.UNKNOWN_OPTION, "question tools has no option svn"),
                        tuple(Violation.UNKNOWN_OPTION, "question tools has no option ftp"));
    }

    @Test
    void rejectsAnOptionSelectedTwice() {
        assertThat(validate("tools", choices("git", "ci", "git"))).containsExactly(new Violation("tools",
                Violation.DUPLICATE_OPTION, "option git is selected more than once for question tools"));
    }

    @Test
    void requiresOneSelectionOfARequiredMultiSelect() {
        assertThat(validate("musts", choices())).containsExactly(new Violation("musts", Violation.TOO_FEW_SELECTIONS,
                "question musts needs at least 1 selection, got 0"));
        assertThat(validate("musts", choices("a"))).isEmpty();
    }

    @Test
    void rejectsFewerSelectionsThanTheMinimum() {
        assertThat(validate("limited", choices("a"))).containsExactly(new Violation("limited",
                Violation.TOO_FEW_SELECTIONS, "question limited needs at least 2 selections, got 1"));
        assertThat(validate("limited", choices("a", "b"))).isEmpty();
    }

    @Test
    void rejectsMoreSelectionsThanTheMaximum() {
        assertThat(validate("limited", choices("a", "b", "c", "d"))).containsExactly(new Violation("limited",
                Violation.TOO_MANY_SELECTIONS, "question limited allows at most 3 selections, got 4"));
        assertThat(validate("limited", choices("a", "b", "c"))).isEmpty();
    }

    @Test
    void countsADuplicateAgainstTheMaximum() {
        assertThat(validate("limited", choices("a", "b", "c", "c"))).extracting(Violation::rule)
                .containsExactly(Violation.DUPLICATE_OPTION, Violation.TOO_MANY_SELECTIONS);
    }

    @Test
    void rejectsAnExclusiveOptionCombinedWithOthers() {
        assertThat(validate("tools", choices("git", "none"))).containsExactly(new Violation("tools",
                Violation.EXCLUSIVE_OPTION_COMBINED,
                "option none of question tools cannot be combined with other options"));
    }

    @Test
    void acceptsTheExclusiveOptionAlone() {
        assertThat(validate("tools", choices("none"))).isEmpty();
    }

    @Test
    void acceptsAnEmptySelectionOfAnOptionalMultiSelect() {
        assertThat(validate("tools", choices())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.99, 10.01, 11, -3})
    void rejectsAScaleValueOutsideItsRangeInsteadOfClampingIt(double value) {
        assertThat(validate("rating", new AnswerValue.Number(value)))
                .extracting(Violation::rule).contains(Violation.OUT_OF_RANGE);
    }

    @Test
    void namesTheRangeWhenRejectingAValue() {
        assertThat(validate("rating", new AnswerValue.Number(11))).containsExactly(new Violation("rating",
                Violation.OUT_OF_RANGE, "question rating takes a value from 1 to 10, got 11"));
        assertThat(validate("budget", new AnswerValue.Number(99.5))).containsExactly(new Violation("budget",
                Violation.OUT_OF_RANGE, "question budget takes a value from 100 to 300, got 99.5"));
    }

    @Test
    void acceptsTheBoundsOfEveryRange() {
        assertThat(validate("rating", new AnswerValue.Number(1))).isEmpty();
        assertThat(validate("rating", new AnswerValue.Number(10))).isEmpty();
        assertThat(validate("share", new AnswerValue.Number(0))).isEmpty();
        assertThat(validate("share", new AnswerValue.Number(100))).isEmpty();
        assertThat(validate("budget", new AnswerValue.Number(100))).isEmpty();
        assertThat(validate("budget", new AnswerValue.Number(300))).isEmpty();
    }

    @Test
    void rejectsAPercentageOutsideZeroToAHundred() {
        assertThat(validate("share", new AnswerValue.Number(-0.5))).extracting(Violation::rule)
                .containsExactly(Violation.OUT_OF_RANGE);
        assertThat(validate("share", new AnswerValue.Number(100.5))).extracting(Violation::message)
                .containsExactly("question share takes a value from 0 to 100, got 100.5");
    }

    @Test
    void rejectsANumberOutsideItsValidationRange() {
        assertThat(validate("budget", new AnswerValue.Number(300.01))).extracting(Violation::rule)
                .containsExactly(Violation.OUT_OF_RANGE);
    }

    @Test
    void requiresAWholeNumberOnAScale() {
        assertThat(validate("rating", new AnswerValue.Number(7.5))).containsExactly(new Violation("rating",
                Violation.NOT_WHOLE_NUMBER, "question rating is a rating and takes a whole number, got 7.5"));
    }

    @Test
    void acceptsFractionsOnNumbersAndPercentages() {
        assertThat(validate("budget", new AnswerValue.Number(150.5))).isEmpty();
        assertThat(validate("share", new AnswerValue.Number(33.3))).isEmpty();
    }

    @Test
    void reportsBothRangeAndWholenessOfOneScaleAnswer() {
        assertThat(validate("rating", new AnswerValue.Number(10.5))).extracting(Violation::rule)
                .containsExactly(Violation.OUT_OF_RANGE, Violation.NOT_WHOLE_NUMBER);
    }

    @Test
    void rejectsATextLongerThanItsLimit() {
        assertThat(validate("short", new AnswerValue.Text("abcd"))).containsExactly(new Violation("short",
                Violation.TOO_LONG, "question short takes at most 3 characters, got 4"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // three emoji are six UTF-16 units but three characters
        assertThat(validate("short", new AnswerValue.Text("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"))).isEmpty();
        assertThat(validate("short", new AnswerValue.Text("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00")))
                .extracting(Violation::message).containsExactly("question short takes at most 3 characters, got 4");
    }

    @Test
    void rejectsATextThatDoesNotMatchThePatternAsAWhole() {
        assertThat(validate("code", new AnswerValue.Text("abc1"))).containsExactly(new Violation("code",
                Violation.PATTERN_MISMATCH, "the answer to question code must match [a-z ]*"));
        assertThat(validate("code", new AnswerValue.Text("ABC"))).extracting(Violation::rule)
                .containsExactly(Violation.PATTERN_MISMATCH);
    }

    @Test
    void reportsLengthAndPatternOfOneTextAnswer() {
        assertThat(validate("code", new AnswerValue.Text("ABCDEFGHIJK"))).extracting(Violation::rule)
                .containsExactly(Violation.TOO_LONG, Violation.PATTERN_MISMATCH);
    }

    @Test
    void acceptsAnyTextWithoutLimits() {
        assertThat(validate("notes", new AnswerValue.Text(""))).isEmpty();
        assertThat(validate("notes", new AnswerValue.Text("x".repeat(10_000)))).isEmpty();
    }

    @Test
    void reportsEveryProblemOfEveryAnswerAtOnceInTheOrderGiven() {
        Answers answers = AnswersBuilder.answers()
                .choice("size", "medium")
                .choice("agree", "yes")
                .number("rating", 7)
                .choices("tools", "git", "none", "git")
                .number("budget", 1000)
                .put("ghost", new AnswerValue.Flag(true))
                .text("short", "long text")
                .build();

        List<Violation> violations = AnswerValidator.validate(DEFINITION, answers);

        assertThat(violations).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("size", Violation.UNKNOWN_OPTION),
                tuple("agree", Violation.WRONG_TYPE),
                tuple("tools", Violation.DUPLICATE_OPTION),
                tuple("tools", Violation.EXCLUSIVE_OPTION_COMBINED),
                tuple("budget", Violation.OUT_OF_RANGE),
                tuple("ghost", Violation.UNKNOWN_QUESTION),
                tuple("short", Violation.TOO_LONG));
    }

    @Test
    void answersRejectedCarriesEveryViolationAndSumsThemUp() {
        List<Violation> violations = AnswerValidator.validate(DEFINITION, AnswersBuilder.answers()
                .choice("size", "medium").number("rating", 0).build());

        AnswersRejected rejected = new AnswersRejected(violations);

        assertThat(rejected.violations()).isEqualTo(violations).hasSize(2);
        assertThat(rejected).hasMessage("2 answers are invalid; first: question size has no option medium");
        assertThat(new AnswersRejected(violations.subList(0, 1))).hasMessage("question size has no option medium");
        assertThatThrownBy(() -> new AnswersRejected(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNonFiniteNumbersWhenTheAnswerIsMade() {
        assertThatThrownBy(() -> new AnswerValue.Number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AnswerValue.Number(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Violation> validate(String question, AnswerValue value) {
        return AnswerValidator.validate(DEFINITION, QuestionId.of(question), value);
    }

    private static AnswerValue choices(String... options) {
        return new AnswerValue.Choices(List.of(options));
    }
}
