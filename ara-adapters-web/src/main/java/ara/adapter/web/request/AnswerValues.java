package ara.adapter.web.request;

import ara.adapter.web.problem.FieldError;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.answer.Violation;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps answer values between JSON and {@link AnswerValue} by JSON shape: a string is a {@link AnswerValue.Text}
 * (the domain reads it as a choice for a single select), an array of strings {@link AnswerValue.Choices}, a number
 * {@link AnswerValue.Number}, a boolean {@link AnswerValue.Flag}. {@code null} and objects are rejected naming the
 * field. Stateless.
 */
public final class AnswerValues {
    /** The most answers one request may carry; no questionnaire comes near it. */
    public static final int MAX_ANSWERS = 200;
    /** The most option ids in one array answer. */
    public static final int MAX_CHOICES = 100;
    /** The longest text answer in characters; a question's own maxLength may be lower. */
    public static final int MAX_TEXT = 10_000;
    static final String TOO_MANY_ITEMS = "too_many_items";
    private static final double LARGEST_EXACT_WHOLE = 1e15;

    private AnswerValues() {
    }

    /** The answer in {@code node}, or the problem with it (added to {@code problems}) under {@code field}. */
    public static Optional<AnswerValue> fromJson(JsonNode node, String field, List<FieldError> problems) {
        if (node == null || node.isMissingNode()) {
            problems.add(new FieldError(field, Violation.REQUIRED, field + " is required"));
            return Optional.empty();
        }
        if (node.isTextual()) {
            String text = node.textValue();
            int length = text.codePointCount(0, text.length());
            if (length > MAX_TEXT) {
                problems.add(new FieldError(field, Violation.TOO_LONG, field + " takes at most " + MAX_TEXT
                        + " characters, got " + length));
                return Optional.empty();
            }
            return Optional.of(new AnswerValue.Text(text));
        }
        if (node.isBoolean()) {
            return Optional.of(new AnswerValue.Flag(node.booleanValue()));
        }
        if (node.isNumber()) {
            double number = node.doubleValue();
            if (Double.isFinite(number)) {
                return Optional.of(new AnswerValue.Number(number));
            }
            problems.add(wrongType(field, "a finite number"));
            return Optional.empty();
        }
        if (node.isArray()) {
            if (node.size() > MAX_CHOICES) {
                problems.add(new FieldError(field, TOO_MANY_ITEMS, field + " takes at most " + MAX_CHOICES
                        + " option ids, got " + node.size()));
                return Optional.empty();
            }
            List<String> optionIds = new ArrayList<>();
            for (JsonNode element : node) {
                if (!element.isTextual()) {
                    problems.add(wrongType(field, "an array of option ids (strings only)"));
                    return Optional.empty();
                }
                optionIds.add(element.textValue());
            }
            return Optional.of(new AnswerValue.Choices(optionIds));
        }
        problems.add(node.isNull()
                ? new FieldError(field, Violation.WRONG_TYPE,
                "an answer cannot be null; send a value, or DELETE the answer to clear it")
                : wrongType(field, "a string, an array of strings, a number or a boolean"));
        return Optional.empty();
    }

    /**
     * The answers of a JSON object {@code {"qid": value, …}} found under {@code field} ("answers"); every problem
     * is added to {@code problems} with the field {@code answers.qid}.
     */
    public static Answers answersFromJson(JsonNode node, String field, List<FieldError> problems) {
        if (node == null || node.isMissingNode()) {
            problems.add(new FieldError(field, Violation.REQUIRED, field + " is required"));
            return Answers.none();
        }
        if (!(node instanceof ObjectNode object)) {
            problems.add(new FieldError(field, Violation.WRONG_TYPE,
                    field + " must be an object of answers by question id"));
            return Answers.none();
        }
        if (object.size() > MAX_ANSWERS) {
            problems.add(new FieldError(field, TOO_MANY_ITEMS, field + " takes at most " + MAX_ANSWERS
                    + " answers, got " + object.size()));
            return Answers.none();
        }
        Map<QuestionId, AnswerValue> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            String path = field + "." + entry.getKey();
            Optional<QuestionId> question = questionId(entry.getKey());
            if (question.isEmpty()) {
                problems.add(new FieldError(path, Violation.UNKNOWN_QUESTION,
                        "question " + entry.getKey() + " does not exist"));
                continue;
            }
            fromJson(entry.getValue(), path, problems).ifPresent(value -> answers.put(question.get(), value));
        }
        return Answers.of(answers);
    }

    private static Optional<QuestionId> questionId(String text) {
        try {
            return Optional.of(QuestionId.of(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static FieldError wrongType(String field, String expected) {
        return new FieldError(field, Violation.WRONG_TYPE, field + " must be " + expected);
    }

    /**
     * The JSON form of an answer: a string, a list of strings, a number (whole numbers without a fraction) or a
     * boolean.
     */
    public static Object toJson(AnswerValue value) {
        return switch (value) {
            case AnswerValue.Choice choice -> choice.optionId();
            case AnswerValue.Text text -> text.value();
            case AnswerValue.Choices choices -> choices.optionIds();
            case AnswerValue.Flag flag -> flag.value();
            case AnswerValue.Number number -> number.value() == Math.rint(number.value())
                    && Math.abs(number.value()) < LARGEST_EXACT_WHOLE
                    ? (Object) (long) number.value() : (Object) number.value();
        };
    }

    /**
     * Every answer in JSON form, keyed by question id, in wizard order (whatever order the store kept them in);
     * answers to questions the definition lacks come last.
     */
    public static Map<String, Object> toJson(Answers answers, QuestionnaireDefinition definition) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Question question : definition.questions()) {
            AnswerValue value = answers.valueOrNull(question.id());
            if (value != null) {
                json.put(question.id().value(), toJson(value));
            }
        }
        answers.asMap().forEach((question, value) -> json.putIfAbsent(question.value(), toJson(value)));
        return json;
    }
}
