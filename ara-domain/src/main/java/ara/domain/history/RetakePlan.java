package ara.domain.history;

import ara.domain.answer.AnswerShapes;
import ara.domain.answer.AnswerValidator;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: what a retake carries over from an earlier audit into a new one of the current questionnaire
 * version: an answer is carried when its question exists in the current version with the same type and the value is
 * still valid there (options removed, bounds changed and such drop it); every other question of the current version
 * is left empty and listed, in questionnaire order.
 *
 * @param carried    the answers the new audit starts with
 * @param leftEmpty  the current version's questions without an answer, in questionnaire order
 * @param notCarried the earlier answers that were dropped (question gone, type changed or value no longer valid)
 */
public record RetakePlan(Answers carried, List<QuestionId> leftEmpty, List<QuestionId> notCarried) {
    public RetakePlan {
        Objects.requireNonNull(carried, "carried");
        leftEmpty = List.copyOf(leftEmpty);
        notCarried = List.copyOf(notCarried);
    }

    /**
     * @param earlier the questionnaire version the earlier audit was pinned to
     * @param answers the earlier audit's answers
     * @param current the version the new audit is pinned to
     */
    public static RetakePlan of(QuestionnaireDefinition earlier, Answers answers, QuestionnaireDefinition current) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(current, "current");
        Map<QuestionId, AnswerValue> carried = new LinkedHashMap<>();
        List<QuestionId> leftEmpty = new ArrayList<>();
        for (Question question : current.questions()) {
            Optional<AnswerValue> value = answers.get(question.id())
                    .filter(previous -> sameType(earlier, question))
                    .flatMap(previous -> valid(question, previous));
            value.ifPresentOrElse(kept -> carried.put(question.id(), kept), () -> leftEmpty.add(question.id()));
        }
        List<QuestionId> notCarried = answers.asMap().keySet().stream().filter(id -> !carried.containsKey(id))
                .sorted().toList();
        return new RetakePlan(Answers.of(carried), leftEmpty, notCarried);
    }

    private static boolean sameType(QuestionnaireDefinition earlier, Question question) {
        return earlier.question(question.id()).filter(before -> before.type() == question.type()).isPresent();
    }

    private static Optional<AnswerValue> valid(Question question, AnswerValue value) {
        try {
            AnswerValue normalised = AnswerShapes.normalise(question, value);
            return AnswerValidator.validate(question, normalised).isEmpty() ? Optional.of(normalised)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            // A value of a shape the question no longer takes.
            return Optional.empty();
        }
    }
}
