package ara.atrest.json;

import ara.domain.chat.SuggestedAnswer;
import ara.domain.questionnaire.QuestionId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;

/** Maps a reply's suggested answers to and from JSON, e.g. {@code {"suggestions":[{"questionId":…,"value":{…},"rationale":…}]}}. */
public final class ChatJson {
    private ChatJson() {
    }

    public static String write(List<SuggestedAnswer> suggestions) {
        var root = StoredJson.object();
        ArrayNode array = root.putArray("suggestions");
        for (SuggestedAnswer suggestion : suggestions) {
            array.addObject().put("questionId", suggestion.questionId().value())
                    .put("rationale", suggestion.rationale())
                    .set("value", AnswerJson.node(suggestion.value()));
        }
        return StoredJson.write(root);
    }

    public static List<SuggestedAnswer> read(String text) {
        List<SuggestedAnswer> suggestions = new ArrayList<>();
        for (JsonNode node : StoredJson.read(text).path("suggestions")) {
            suggestions.add(new SuggestedAnswer(QuestionId.of(node.get("questionId").asText()),
                    AnswerJson.value(node.get("value")), node.path("rationale").asText("")));
        }
        return suggestions;
    }
}
