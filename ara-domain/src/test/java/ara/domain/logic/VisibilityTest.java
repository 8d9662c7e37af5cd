package ara.domain.logic;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.Definitions;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Operator;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static ara.domain.fixture.Definitions.skippableStep;
import static ara.domain.fixture.Definitions.step;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTest {

    /**
     * s1: uses_ai; ai_budget (shown if uses_ai = yes); ai_team (shown if uses_ai = yes, hidden if ai_budget < 3);
     * team_notes (shown if ai_team = large). s2, skipped if uses_ai = no: advanced. s3: closing (hidden if
     * ai_budget < 3).
     */
    static final QuestionnaireDefinition DEFINITION = Definitions.definition(
            step("s1", 1,
                    single("uses_ai", "yes", "no").required().build(),
                    scale("ai_budget").required().showIf(Condition.equalTo("uses_ai", "yes")).build(),
                    single("ai_team", "small", "large")
                            .showIf(Condition.equalTo("uses_ai", "yes"))
                            .hideIf(lessThan("ai_budget", 3)).build(),
                    question("team_notes", QuestionType.TEXT_INPUT)
                            .showIf(Condition.equalTo("ai_team", "large")).build()),
            skippableStep("s2", 2, Condition.equalTo("uses_ai", "no"),
                    scale("advanced").inStep("s2").required().build()),
            step("s3", 3,
                    scale("closing").inStep("s3").hideIf(lessThan("ai_budget", 3)).build()));

    @Test
    void showsOnlyUnconditionalQuestionsWithoutAnswers() {
        Visibility visibility = Visibility.of(DEFINITION, Answers.none());

        assertThat(ids(visibility)).containsExactly("uses_ai", "advanced", "closing");
    }

    @Test
    void showsAQuestionWhoseShowRuleHolds() {
        Visibility visibility = Visibility.of(DEFINITION, AnswersBuilder.answers().choice("uses_ai", "yes").build());

        assertThat(ids(visibility)).containsExactly("uses_ai", "ai_budget", "ai_team", "advanced", "closing");
    }

    @Test
    void hidesAQuestionWhoseHideRuleHoldsEvenWhenItsShowRuleHolds() {
        Visibility visibility = Visibility.of(DEFINITION, AnswersBuilder.answers()
                .choice("uses_ai", "yes").number("ai_budget", 2).build());

        assertThat(visibility.isVisible(QuestionId.of("ai_team"))).isFalse();
        assertThat(visibility.isVisible(QuestionId.of("closing"))).isFalse();
        assertThat(ids(visibility)).containsExactly("uses_ai", "ai_budget", "advanced");
    }

    @Test
    void chainsRulesThroughVisibleAnswers() {
        Visibility visibility = Visibility.of(DEFINITION, AnswersBuilder.answers()
                .choice("uses_ai", "yes").number("ai_budget", 5).choice("ai_team", "large").build());

        assertThat(visibility.isVisible(QuestionId.of("team_notes"))).isTrue();
    }

    @Test
    void keepsTheAnswersOfHiddenQuestionsButRulesDoNotSeeThem() {
        Answers answers = AnswersBuilder.answers()
                .choice("uses_ai", "no").number("ai_budget", 1).choice("ai_team", "large").text("team_notes", "x")
                .build();

        Visibility visibility = Visibility.of(DEFINITION, answers);

        assertThat(visibility.answers()).isEqualTo(answers);
        assertThat(visibility.answers().get(QuestionId.of("ai_team"))).contains(new AnswerValue.Choice("large"));
        assertThat(visibility.effectiveAnswer(QuestionId.of("ai_team"))).isNull();
        assertThat(visibility.effectiveAnswer(QuestionId.of("ai_budget"))).isNull();
        // team_notes reads the hidden ai_team = large: not seen, so not shown
        assertThat(visibility.isVisible(QuestionId.of("team_notes"))).isFalse();
        // closing is hidden when ai_budget < 3: the stored 1 is hidden, so closing stays visible
        assertThat(visibility.isVisible(QuestionId.of("closing"))).isTrue();
    }

    @Test
    void skipsAStepWhoseSkipRuleHoldsWithAllItsQuestions() {
        Answers answers = AnswersBuilder.answers().choice("uses_ai", "no").number("advanced", 9).build();

        Visibility visibility = Visibility.of(DEFINITION, answers);

        Step s2 = DEFINITION.step(StepId.of("s2")).orElseThrow();
        assertThat(visibility.isSkipped(s2)).isTrue();
        assertThat(visibility.visibleSteps()).extracting(s -> s.id().value()).containsExactly("s1", "s3");
        assertThat(visibility.isVisible(QuestionId.of("advanced"))).isFalse();
        assertThat(visibility.effectiveAnswer(QuestionId.of("advanced"))).isNull();
        assertThat(visibility.answers().has(QuestionId.of("advanced"))).isTrue();
    }

    @Test
    void doesNotSkipAStepWhoseSkipRuleDoesNotHold() {
        Visibility visibility = Visibility.of(DEFINITION, AnswersBuilder.answers().choice("uses_ai", "yes").build());

        assertThat(visibility.isSkipped(DEFINITION.step(StepId.of("s2")).orElseThrow())).isFalse();
        assertThat(visibility.visibleSteps()).hasSize(3);
        assertThat(visibility.effectiveAnswer(QuestionId.of("uses_ai"))).isEqualTo(new AnswerValue.Choice("yes"));
    }

    @Test
    void aSkipRuleReadingAHiddenAnswerDoesNotSkip() {
        QuestionnaireDefinition definition = Definitions.definition(
                step("s1", 1, single("gate", "open", "closed").build(),
                        single("tier", "basic", "pro").hideIf(Condition.equalTo("gate", "closed")).build()),
                skippableStep("s2", 2, Condition.equalTo("tier", "basic"), scale("pro_only").inStep("s2").build()));
        Answers hiddenBasic = AnswersBuilder.answers().choice("gate", "closed").choice("tier", "basic").build();
        Answers visibleBasic = AnswersBuilder.answers().choice("gate", "open").choice("tier", "basic").build();

        assertThat(Visibility.of(definition, hiddenBasic).isVisible(QuestionId.of("pro_only"))).isTrue();
        assertThat(Visibility.of(definition, visibleBasic).isVisible(QuestionId.of("pro_only"))).isFalse();
    }

    @Test
    void answersPositionQueriesInWizardOrder() {
        Visibility visibility = Visibility.of(DEFINITION, AnswersBuilder.answers().choice("uses_ai", "no").build());

        assertThat(visibility.isVisibleAt(0)).isTrue();
        assertThat(visibility.isVisibleAt(1)).isFalse();
        assertThat(visibility.isVisible(QuestionId.of("ghost"))).isFalse();
        assertThat(visibility.definition()).isSameAs(DEFINITION);
    }

    private static Condition lessThan(String question, double value) {
        return Condition.is(question, Operator.LESS_THAN, new Operand.Number(value));
    }

    private static List<String> ids(Visibility visibility) {
        return visibility.visibleQuestions().stream().map(Question::id).map(QuestionId::value).toList();
    }
}
