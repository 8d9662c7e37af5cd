package ara.atrest.json;

import ara.domain.answer.AnswerValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps one {@link AnswerValue} to its JSON document and back, tagged by shape: {@code {"type":"choice",
 * "optionId":…}}, {@code {"type":"choices","optionIds":[…]}}, {@code {"type":"number","value":…}},
 * {@code {"type":"flag","value":…}}, {@code {"type":"text","value":…}}. Numbers keep every bit (shortest
 * round-trip decimal form). Stateless.
 */
public final class AnswerJson {
    private AnswerJson() {
    }

    public static String write(AnswerValue value) {
        return StoredJson.write(node(value));
    }

    /** @throws IllegalArgumentException when the text is not an answer document */
    public static AnswerValue read(String text) {
        return value(StoredJson.read(text));
    }

    /** The answer as a JSON object, to nest in another document. */
    public static ObjectNode node(AnswerValue value) {
        ObjectNode node = StoredJson.object();
        switch (value) {
            case AnswerValue.Choice choice -> node.put("type", "choice").put("optionId", choice.optionId());
            case AnswerValue.Choices choices -> {
                node.put("type", "choices");
                StoredJson.putTexts(node, "optionIds", choices.optionIds());
            }
            case AnswerValue.Number number -> node.put("type", "number").put("value", number.value());
            case AnswerValue.Flag flag -> node.put("type", "flag").put("value", flag.value());
            case AnswerValue.Text text -> node.put("type", "text").put("value", text.value());
        }
        return node;
    }

    /** @throws IllegalArgumentException when the node is not an answer document */
    public static AnswerValue value(JsonNode node) {
        String type = StoredJson.requiredText(node, "type");
        return switch (type) {
            case "choice" -> new AnswerValue.Choice(StoredJson.requiredText(node, "optionId"));
            case "choices" -> new AnswerValue.Choices(StoredJson.list(node, "optionIds", StoredJson::text));
            case "number" -> new AnswerValue.Number(StoredJson.number(node, "value"));
            case "flag" -> new AnswerValue.Flag(StoredJson.bool(node, "value"));
            case "text" -> new AnswerValue.Text(StoredJson.requiredText(node, "value"));
            default -> throw new IllegalArgumentException("unknown answer type '" + type + "'");
        };
    }
}
