package ara.domain.wizard;

import ara.domain.answer.Answers;
import ara.domain.fixture.AnswersBuilder;
import ara.domain.fixture.ClassicQuestionnaire;
import ara.domain.fixture.Definitions;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static ara.domain.fixture.Definitions.skippableStep;
import static ara.domain.fixture.Definitions.step;
import static ara.domain.fixture.QuestionBuilder.multi;
import static ara.domain.fixture.QuestionBuilder.question;
import static ara.domain.fixture.QuestionBuilder.scale;
import static ara.domain.fixture.QuestionBuilder.single;
import static org.assertj.core.api.Assertions.assertThat;

class WizardProgressTest {

    /**
     * s1: kind (required), detail (required, shown if kind = deep), remark (optional). s2, skipped if kind = quick:
     * depth (required). s3: tools (optional multi select with an exclusive option), rating (required).
     */
    private static final QuestionnaireDefinition DEFINITION = Definitions.definition(
            step("s1", 1,
                    single("kind", "quick", "deep").required().build(),
                    scale("detail").required().showIf(Condition.equalTo("kind", "deep")).build(),
                    question("remark", QuestionType.TEXT_INPUT).build()),
            skippableStep("s2", 2, Condition.equalTo("kind", "quick"),
                    scale("depth").inStep("s2").required().build()),
            step("s3", 3,
                    multi("tools", "a", "b").exclusiveOption("none", 0).inStep("s3").build(),
                    scale("rating").inStep("s3").required().build()));

    @Test
    void startsAtTheFirstStepWithNothingAnswered() {
        WizardProgress progress = WizardProgress.of(DEFINITION, Answers.none());

        assertThat(progress.visibleStepIds()).extracting(StepId::value).containsExactly("s1", "s2", "s3");
        assertThat(progress.completedStepIds()).isEmpty();
        assertThat(progress.currentStep()).contains(StepId.of("s1"));
        assertThat(progress.answered()).isZero();
        // detail is hidden until kind = deep
        assertThat(progress.total()).isEqualTo(5);
        assertThat(progress.percent()).isZero();
        assertThat(progress.missingRequired()).extracting(QuestionId::value).containsExactly("kind", "depth",
                "rating");
        assertThat(progress.readyToSubmit()).isFalse();
    }

    @Test
    void movesToTheFirstIncompleteVisibleStep() {
        WizardProgress progress = WizardProgress.of(DEFINITION, AnswersBuilder.answers()
                .choice("kind", "deep").number("detail", 4).build());

        assertThat(progress.completedStepIds()).extracting(StepId::value).containsExactly("s1");
        assertThat(progress.currentStep()).contains(StepId.of("s2"));
        assertThat(progress.answered()).isEqualTo(2);
        assertThat(progress.total()).isEqualTo(6);
        assertThat(progress.percent()).isEqualTo(33.33);
    }

    @Test
    void aStepIsCompleteWhenItsVisibleRequiredQuestionsAreAnsweredEvenIfOptionalOnesAreNot() {
        WizardProgress progress = WizardProgress.of(DEFINITION, AnswersBuilder.answers()
                .choice("kind", "quick").number("rating", 3).build());

        assertThat(progress.completedStepIds()).extracting(StepId::value).containsExactly("s1", "s3");
        assertThat(progress.currentStep()).isEmpty();
        assertThat(progress.readyToSubmit()).isTrue();
    }

    @Test
    void aRequiredQuestionRevealedByAnAnswerMakesItsStepIncompleteAgain() {
        WizardProgress progress = WizardProgress.of(DEFINITION, AnswersBuilder.answers()
                .choice("kind", "deep").number("depth", 2).number("rating", 3).build());

        assertThat(progress.completedStepIds()).extracting(StepId::value).containsExactly("s2", "s3");
        assertThat(progress.currentStep()).contains(StepId.of("s1"));
        assertThat(progress.missingRequired()).containsExactly(QuestionId.of("detail"));
        assertThat(progress.readyToSubmit()).isFalse();
    }

    @Test
    void leavesSkippedStepsOutOfStepsCountsAndRequirements() {
        WizardProgress progress = WizardProgress.of(DEFINITION, AnswersBuilder.answers()
                .choice("kind", "quick").number("depth", 7).build());

        assertThat(progress.visibleStepIds()).extracting(StepId::value).containsExactly("s1", "s3");
        assertThat(progress.total()).isEqualTo(4);
        // the stored answer to the skipped depth does not count
        assertThat(progress.answered()).isEqualTo(1);
        assertThat(progress.percent()).isEqualTo(25);
        assertThat(progress.missingRequired()).containsExactly(QuestionId.of("rating"));
        assertThat(progress.currentStep()).contains(StepId.of("s3"));
    }

    @Test
    void leavesHiddenQuestionsOutOfCountsAndRequirements() {
        WizardProgress progress = WizardProgress.of(DEFINITION, AnswersBuilder.answers()
                .choice("kind", "quick").number("detail", 5).number("rating", 5).build());

        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.answered()).isEqualTo(2);
        assertThat(progress.missingRequired()).isEmpty();
    }

    @Test
    void countsAnEmptySelectionOfAnOptionalMultiSelectAsAnswered() {
        Answers empty = AnswersBuilder.answers().choice("kind", "quick").choices("tools").build();
        Answers exclusive = AnswersBuilder.answers().choice("kind", "quick").choices("tools", "none").build();

        WizardProgress withEmpty = WizardProgress.of(DEFINITION, empty);
        WizardProgress withExclusive = WizardProgress.of(DEFINITION, exclusive);

        assertThat(withEmpty.answered()).isEqualTo(2).isEqualTo(withExclusive.answered());
        assertThat(withEmpty.percent()).isEqualTo(50).isEqualTo(withExclusive.percent());
    }

    @Test
    void isCompleteWhenEveryVisibleQuestionIsAnswered() {
        WizardProgress progress = WizardProgress.of(DEFINITION, AnswersBuilder.answers()
                .choice("kind", "deep").number("detail", 1).text("remark", "ok").number("depth", 1)
                .choices("tools", "a").number("rating", 10).build());

        assertThat(progress.answered()).isEqualTo(6);
        assertThat(progress.total()).isEqualTo(6);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.completedStepIds()).isEqualTo(progress.visibleStepIds());
        assertThat(progress.currentStepId()).isNull();
        assertThat(progress.readyToSubmit()).isTrue();
    }

    @Test
    void tracksTheClassicQuestionnaire() {
        WizardProgress none = WizardProgress.of(ClassicQuestionnaire.definition(), Answers.none());
        WizardProgress done = WizardProgress.of(ClassicQuestionnaire.definition(),
                ClassicQuestionnaire.workedAnswers());
        WizardProgress withoutOptional = WizardProgress.of(ClassicQuestionnaire.definition(),
                ClassicQuestionnaire.workedAnswers().without(QuestionId.of("compliance_requirements")));

        assertThat(none.total()).isEqualTo(16);
        // compliance_requirements is the only optional question
        assertThat(none.missingRequired()).hasSize(15).doesNotContain(QuestionId.of("compliance_requirements"));
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.readyToSubmit()).isTrue();
        assertThat(withoutOptional.percent()).isEqualTo(93.75);
        assertThat(withoutOptional.readyToSubmit()).isTrue();
        assertThat(withoutOptional.completedStepIds()).hasSize(5);
    }

    @Test
    void percentIsZeroWhenNoQuestionIsVisible() {
        WizardProgress progress = WizardProgress.of(Definitions.definition(step("s1", 1)), Answers.none());

        assertThat(progress.total()).isZero();
        assertThat(progress.percent()).isZero();
        assertThat(progress.completedStepIds()).containsExactly(StepId.of("s1"));
    }

    @Test
    void copiesItsLists() {
        List<StepId> steps = new ArrayList<>(List.of(StepId.of("s1")));
        WizardProgress progress = new WizardProgress(steps, List.of(), null, 0, 0, 0, List.of());
        steps.add(StepId.of("s2"));

        assertThat(progress.visibleStepIds()).hasSize(1);
    }
}
