package ara.domain.answer;

import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads answers that arrive shaped by their transport (a JSON string is a {@link AnswerValue.Text}) as the
 * question's type expects: a text given to a single select names its option. Anything else is left as it is for
 * {@link AnswerValidator} to judge. Stateless and thread-safe.
 */
public final class AnswerShapes {
    private AnswerShapes() {
    }

    public static AnswerValue normalise(Question question, AnswerValue value) {
        if (question.type() == QuestionType.SINGLE_SELECT && value instanceof AnswerValue.Text text) {
            return new AnswerValue.Choice(text.value());
        }
        if (question.type() == QuestionType.TEXT_INPUT && value instanceof AnswerValue.Choice choice) {
            return new AnswerValue.Text(choice.optionId());
        }
        return value;
    }

    /** Every answer normalised; answers to unknown questions are left as they are. */
    public static Answers normalise(QuestionnaireDefinition definition, Answers answers) {
        Map<QuestionId, AnswerValue> result = new LinkedHashMap<>();
        answers.asMap().forEach((question, value) -> result.put(question,
                definition.question(question).map(q -> normalise(q, value)).orElse(value)));
        return Answers.of(result);
    }
}
