package ara.adapter.assistant.openai;

import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.ChatTurn;
import ara.domain.questionnaire.Question;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/**
 * Writes the {@code POST /chat/completions} body: streamed, the context as the system message (with the summary of
 * older turns and recalled messages), the latest turns, the new message, and the {@code suggest_answer} tool whose
 * {@code questionId} is limited to the step's questions. Stateless.
 */
final class ChatCompletionBody {
    private ChatCompletionBody() {
    }

    static byte[] of(ObjectMapper json, String model, AssistantRequest request) {
        ObjectNode body = json.createObjectNode();
        body.put("model", model);
        body.put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system(request));
        for (ChatTurn turn : request.conversation()) {
            messages.addObject().put("role", turn.role().code()).put("content", turn.content());
        }
        messages.addObject().put("role", "user").put("content", request.message());
        if (!request.step().questions().isEmpty()) {
            ObjectNode function = body.putArray("tools").addObject().put("type", "function").putObject("function");
            function.put("name", ToolCalls.SUGGEST_ANSWER);
            function.put("description", "Propose an answer to one question of the current step when the user's "
                    + "message clearly states it. The user accepts or ignores the proposal.");
            ObjectNode parameters = function.putObject("parameters").put("type", "object");
            ObjectNode properties = parameters.putObject("properties");
            ArrayNode ids = properties.putObject("questionId").put("type", "string").putArray("enum");
            for (Question question : request.step().questions()) {
                ids.add(question.id().value());
            }
            properties.putObject("value").put("description", "An option id (single select), a list of option ids "
                    + "(multi select), a number (scale, percentage, number), true or false (yes/no) or a text.");
            properties.putObject("rationale").put("type", "string").put("description", "Why, in one sentence.");
            parameters.putArray("required").add("questionId").add("value");
            body.put("tool_choice", "auto");
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String system(AssistantRequest request) {
        StringBuilder system = new StringBuilder(request.systemPrompt());
        if (!request.summary().isBlank()) {
            system.append("\nSummary of the earlier conversation: ").append(request.summary()).append('\n');
        }
        if (!request.recalled().isEmpty()) {
            system.append("\nEarlier messages of this user that may be relevant:\n");
            request.recalled().forEach(turn -> system.append("- ").append(turn.content()).append('\n'));
        }
        return system.toString();
    }
}
