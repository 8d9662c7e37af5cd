package ara.adapter.persistence.jdbi;

import ara.domain.answer.AnswerValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Maps one {@link AnswerValue} to its JSON document and back, tagged by shape: {@code {"type":"choice",
 * "optionId":…}}, {@code {"type":"choices","optionIds":[…]}}, {@code {"type":"number","value":…}},
 * {@code {"type":"flag","value":…}}, {@code {"type":"text","value":…}}. Numbers keep every bit (shortest
 * round-trip decimal form). Stateless.
 */
final class AnswerJson {
    private AnswerJson() {
    }

    static String write(AnswerValue value) {
        ObjectNode node = Json.object();
        switch (value) {
            case AnswerValue.Choice choice -> node.put("type", "choice").put("optionId", choice.optionId());
            case AnswerValue.Choices choices -> {
                node.put("type", "choices");
                Json.putTexts(node, "optionIds", choices.optionIds());
            }
            case AnswerValue.Number number -> node.put("type", "number").put("value", number.value());
            case AnswerValue.Flag flag -> node.put("type", "flag").put("value", flag.value());
            case AnswerValue.Text text -> node.put("type", "text").put("value", text.value());
        }
        return Json.write(node);
    }

    /** @throws IllegalArgumentException when the text is not an answer document */
    static AnswerValue read(String text) {
        JsonNode node = Json.read(text);
        String type = Json.requiredText(node, "type");
        return switch (type) {
            case "choice" -> new AnswerValue.Choice(Json.requiredText(node, "optionId"));
            case "choices" -> new AnswerValue.Choices(Json.list(node, "optionIds", Json::text));
            case "number" -> new AnswerValue.Number(Json.number(node, "value"));
            case "flag" -> new AnswerValue.Flag(Json.bool(node, "value"));
            case "text" -> new AnswerValue.Text(Json.requiredText(node, "value"));
            default -> throw new IllegalArgumentException("unknown answer type '" + type + "'");
        };
    }
}
