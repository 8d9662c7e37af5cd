package ara.domain.wizard;

import ara.domain.answer.Answers;
import ara.domain.logic.Visibility;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import ara.domain.scoring.Rounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: where an audit stands in the wizard. Only visible steps and questions count; hidden questions and
 * skipped steps are neither required nor counted.
 *
 * @param visibleStepIds   steps not skipped, in order
 * @param completedStepIds visible steps whose visible required questions are all answered
 * @param currentStepId    the first visible step that is not complete, or {@code null} when all are
 * @param answered         visible questions that have an answer
 * @param total            visible questions
 * @param percent          {@code r2(answered / total × 100)}, 0 when there are none
 * @param missingRequired  visible required questions without an answer, in wizard order
 */
public record WizardProgress(List<StepId> visibleStepIds, List<StepId> completedStepIds, StepId currentStepId,
                             int answered, int total, double percent, List<QuestionId> missingRequired) {

    public WizardProgress {
        visibleStepIds = List.copyOf(visibleStepIds);
        completedStepIds = List.copyOf(completedStepIds);
        missingRequired = List.copyOf(missingRequired);
    }

    public static WizardProgress of(QuestionnaireDefinition definition, Answers answers) {
        return of(Visibility.of(definition, answers));
    }

    public static WizardProgress of(Visibility visibility) {
        Objects.requireNonNull(visibility, "visibility");
        List<StepId> visibleSteps = new ArrayList<>();
        List<StepId> completed = new ArrayList<>();
        List<QuestionId> missing = new ArrayList<>();
        StepId current = null;
        int answered = 0;
        int total = 0;
        for (Step step : visibility.visibleSteps()) {
            visibleSteps.add(step.id());
            boolean complete = true;
            for (Question question : step.questions()) {
                if (!visibility.isVisible(question.id())) {
                    continue;
                }
                total++;
                boolean has = visibility.answers().has(question.id());
                if (has) {
                    answered++;
                } else if (question.required()) {
                    complete = false;
                    missing.add(question.id());
                }
            }
            if (complete) {
                completed.add(step.id());
            } else if (current == null) {
                current = step.id();
            }
        }
        return new WizardProgress(visibleSteps, completed, current, answered, total,
                Rounding.percent(answered, total), missing);
    }

    public Optional<StepId> currentStep() {
        return Optional.ofNullable(currentStepId);
    }

    /** Every visible required question is answered. */
    public boolean readyToSubmit() {
        return missingRequired.isEmpty();
    }
}
