package ara.domain.logic;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Step;

import java.util.ArrayList;
import java.util.List;

/**
 * Which steps and questions a set of answers makes visible. Immutable once computed; thread-safe.
 *
 * <p>A question is visible when its step is not skipped, its {@code show_if} holds (or is absent) and its
 * {@code hide_if} does not hold: hide wins. The answer of a hidden question is kept by the audit but ignored here:
 * rules that read it see no answer. Because a rule may only read questions asked before it (the definition checks
 * this), one pass in wizard order settles everything.
 */
public final class Visibility {
    private final QuestionnaireDefinition definition;
    private final Answers answers;
    private final boolean[] visible;
    private final boolean[] stepSkipped;

    private Visibility(QuestionnaireDefinition definition, Answers answers, boolean[] visible, boolean[] stepSkipped) {
        this.definition = definition;
        this.answers = answers;
        this.visible = visible;
        this.stepSkipped = stepSkipped;
    }

    public static Visibility of(QuestionnaireDefinition definition, Answers answers) {
        boolean[] visible = new boolean[definition.questions().size()];
        List<Step> steps = definition.steps();
        boolean[] skipped = new boolean[steps.size()];
        Visibility visibility = new Visibility(definition, answers, visible, skipped);
        int position = 0;
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            skipped[s] = step.skipIf() != null && Conditions.holds(step.skipIf(), visibility::effectiveAnswer);
            for (Question question : step.questions()) {
                visible[position++] = !skipped[s]
                        && (question.showIf() == null || Conditions.holds(question.showIf(), visibility::effectiveAnswer))
                        && (question.hideIf() == null || !Conditions.holds(question.hideIf(), visibility::effectiveAnswer));
            }
        }
        return visibility;
    }

    public boolean isVisible(QuestionId question) {
        int position = definition.position(question);
        return position >= 0 && visible[position];
    }

    /** Whether the question at this place in wizard order is visible. */
    public boolean isVisibleAt(int position) {
        return visible[position];
    }

    public boolean isSkipped(Step step) {
        int index = definition.steps().indexOf(step);
        return index < 0 || stepSkipped[index];
    }

    /** The answer if the question is visible and answered, else {@code null}. */
    public AnswerValue effectiveAnswer(QuestionId question) {
        return isVisible(question) ? answers.valueOrNull(question) : null;
    }

    /** Steps that are not skipped, in wizard order. */
    public List<Step> visibleSteps() {
        List<Step> result = new ArrayList<>();
        List<Step> steps = definition.steps();
        for (int s = 0; s < steps.size(); s++) {
            if (!stepSkipped[s]) {
                result.add(steps.get(s));
            }
        }
        return result;
    }

    /** Visible questions, in wizard order. */
    public List<Question> visibleQuestions() {
        List<Question> result = new ArrayList<>();
        List<Question> questions = definition.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (visible[i]) {
                result.add(questions.get(i));
            }
        }
        return result;
    }

    public QuestionnaireDefinition definition() {
        return definition;
    }

    public Answers answers() {
        return answers;
    }
}
