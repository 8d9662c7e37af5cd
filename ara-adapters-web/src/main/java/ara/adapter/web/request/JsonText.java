package ara.adapter.web.request;

import ara.adapter.web.problem.FieldError;
import ara.domain.text.CleanText;
import ara.domain.text.TextRejected;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@link CleanText} to every string of a request body, field names included, as soon as it is parsed: each
 * string value is replaced by its NFC form, and each one that breaks the rule is reported under its field
 * ({@code answers.org_notes}, {@code controls[2]}) with the rule's code. Strings are checked as multi-line text here;
 * the readers of one-line fields ({@link BodyValues#text}) refuse line breaks and tabs. Stateless.
 */
final class JsonText {
    private JsonText() {
    }

    /** Cleans {@code root} in place; the problems found, in document order. */
    static List<FieldError> clean(JsonNode root) {
        List<FieldError> problems = new ArrayList<>();
        walk(root, "", problems);
        return problems;
    }

    private static void walk(JsonNode node, String path, List<FieldError> problems) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
            for (Map.Entry<String, JsonNode> field : fields) {
                String name = field.getKey();
                String child = path.isEmpty() ? name : path + "." + name;
                if (!nameIsClean(name, path, problems)) {
                    continue;
                }
                if (field.getValue() instanceof TextNode text) {
                    cleaned(text.textValue(), child, problems).ifPresent(value -> object.put(name, value));
                } else {
                    walk(field.getValue(), child, problems);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                if (array.get(i) instanceof TextNode text) {
                    int index = i;
                    cleaned(text.textValue(), child, problems).ifPresent(value -> array.set(index, value));
                } else {
                    walk(array.get(i), child, problems);
                }
            }
        } else if (node instanceof TextNode text) {
            cleaned(text.textValue(), "body", problems);
        }
    }

    private static boolean nameIsClean(String name, String path, List<FieldError> problems) {
        try {
            CleanText.of(name, CleanText.Lines.SINGLE);
            return true;
        } catch (TextRejected e) {
            String where = path.isEmpty() ? "body" : path;
            problems.add(new FieldError(where, e.rule(), "a field name in " + where + " " + e.getMessage()));
            return false;
        }
    }

    private static Optional<String> cleaned(String value, String field, List<FieldError> problems) {
        try {
            String clean = CleanText.of(value, CleanText.Lines.MULTI);
            return clean.equals(value) ? Optional.empty() : Optional.of(clean);
        } catch (TextRejected e) {
            problems.add(new FieldError(field, e.rule(), field + " " + e.getMessage()));
            return Optional.empty();
        }
    }
}
