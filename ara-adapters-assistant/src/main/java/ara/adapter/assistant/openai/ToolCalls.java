package ara.adapter.assistant.openai;

import ara.domain.answer.AnswerValue;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Collects streamed tool-call deltas (by index: the name once, the arguments in pieces) and turns complete
 * {@code suggest_answer} calls into proposals shaped by the question's type. Malformed calls are dropped. Used by
 * one reading thread.
 */
final class ToolCalls {
    static final String SUGGEST_ANSWER = "suggest_answer";

    private final TreeMap<Integer, Call> calls = new TreeMap<>();

    private static final class Call {
        private String name = "";
        private final StringBuilder arguments = new StringBuilder();
    }

    void delta(JsonNode toolCall) {
        Call call = calls.computeIfAbsent(toolCall.path("index").asInt(0), index -> new Call());
        JsonNode function = toolCall.path("function");
        if (function.hasNonNull("name")) {
            call.name = call.name + function.get("name").asText();
        }
        if (function.hasNonNull("arguments")) {
            call.arguments.append(function.get("arguments").asText());
        }
    }

    List<SuggestedAnswer> suggestions(ObjectMapper json, QuestionnaireDefinition definition) {
        List<SuggestedAnswer> suggestions = new ArrayList<>();
        for (Call call : calls.values()) {
            if (SUGGEST_ANSWER.equals(call.name)) {
                parse(json, definition, call.arguments.toString()).ifPresent(suggestions::add);
            }
        }
        calls.clear();
        return suggestions;
    }

    private static Optional<SuggestedAnswer> parse(ObjectMapper json, QuestionnaireDefinition definition,
                                                   String arguments) {
        try {
            JsonNode node = json.readTree(arguments);
            Optional<Question> question = Optional.ofNullable(node.path("questionId").textValue())
                    .flatMap(id -> definition.questions().stream().filter(q -> q.id().value().equals(id))
                            .findFirst());
            if (question.isEmpty()) {
                return Optional.empty();
            }
            return value(question.get(), node.path("value"))
                    .map(value -> new SuggestedAnswer(question.get().id(), value, node.path("rationale").asText("")));
        } catch (IllegalArgumentException | JacksonException e) {
            return Optional.empty();
        }
    }

    private static Optional<AnswerValue> value(Question question, JsonNode value) {
        return switch (question.type()) {
            case SINGLE_SELECT -> value.isTextual() ? Optional.of(new AnswerValue.Choice(value.asText()))
                    : Optional.empty();
            case MULTI_SELECT -> {
                if (value.isTextual()) {
                    yield Optional.of(new AnswerValue.Choices(List.of(value.asText())));
                }
                if (!value.isArray()) {
                    yield Optional.empty();
                }
                List<String> ids = new ArrayList<>();
                value.forEach(item -> ids.add(item.asText()));
                yield Optional.of(new AnswerValue.Choices(ids));
            }
            case YES_NO -> value.isBoolean() ? Optional.of(new AnswerValue.Flag(value.asBoolean()))
                    : Optional.empty();
            case TEXT_INPUT -> value.isTextual() ? Optional.of(new AnswerValue.Text(value.asText()))
                    : Optional.empty();
            default -> value.isNumber() ? Optional.of(new AnswerValue.Number(value.asDouble())) : Optional.empty();
        };
    }
}
