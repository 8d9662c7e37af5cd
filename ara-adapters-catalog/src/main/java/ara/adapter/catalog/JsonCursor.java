package ara.adapter.catalog;

import ara.domain.questionnaire.InvalidQuestionnaire;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A JSON node together with its file and its path in that file, so that every read that fails names both.
 *
 * <p>Paths read like {@code steps[technical_infrastructure].questions[api_architecture].type}: array elements are
 * named by their id once it is known ({@link #identified}), by their index before. A JSON {@code null} counts as
 * absent. Immutable.
 */
final class JsonCursor {
    private final String file;
    private final String path;
    private final JsonNode node;

    private JsonCursor(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static JsonCursor root(String file, JsonNode node) {
        JsonCursor root = new JsonCursor(file, "", node);
        if (!node.isObject()) {
            throw root.fail("the document must be a JSON object, got " + kind(node));
        }
        return root;
    }

    String file() {
        return file;
    }

    /** Where this node sits, e.g. {@code scoring.profiles[enterprise]}; {@code (document)} for the root. */
    String path() {
        return path.isEmpty() ? "(document)" : path;
    }

    /** The same node, named by its id instead of its index from now on. */
    JsonCursor identified(String id) {
        int bracket = path.lastIndexOf('[');
        return bracket < 0 ? this : new JsonCursor(file, path.substring(0, bracket) + "[" + id + "]", node);
    }

    /** A failure naming the file and this element. */
    CatalogFileRejected fail(String problem) {
        return new CatalogFileRejected(file, path(), problem);
    }

    /**
     * Builds a value object, turning the {@link IllegalArgumentException} or {@link InvalidQuestionnaire} of its
     * factory into a failure that names this element.
     */
    <T> T attempt(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | InvalidQuestionnaire e) {
            throw fail(e.getMessage());
        }
    }

    /** Rejects fields this element does not know, so that a misspelt optional field cannot be silently ignored. */
    void allowOnly(String... fields) {
        List<String> known = List.of(fields);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey())) {
                throw fail("unknown field \"" + field.getKey() + "\"; allowed here: " + String.join(", ", known));
            }
        }
    }

    boolean has(String name) {
        JsonNode child = node.get(name);
        return child != null && !child.isNull();
    }

    /** The raw child node, for the few places that switch on its JSON kind; requires {@link #has}. */
    JsonCursor child(String name) {
        if (!has(name)) {
            throw fail("missing required field \"" + name + "\"");
        }
        return new JsonCursor(file, childPath(name), node.get(name));
    }

    JsonNode node() {
        return node;
    }

    /** A required string that is not blank. */
    String text(String name) {
        JsonCursor child = child(name);
        String value = child.asText();
        if (value.isBlank()) {
            throw child.fail("must not be blank");
        }
        return value;
    }

    /** An optional string; blank is allowed. */
    String text(String name, String fallback) {
        return has(name) ? child(name).asText() : fallback;
    }

    Optional<String> optionalText(String name) {
        return has(name) ? Optional.of(text(name)) : Optional.empty();
    }

    /** This node as a string. */
    String asText() {
        if (!node.isTextual()) {
            throw fail("must be a string, got " + kind(node));
        }
        return node.textValue();
    }

    int integer(String name) {
        return child(name).asInteger();
    }

    Integer optionalInteger(String name) {
        return has(name) ? integer(name) : null;
    }

    private int asInteger() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fail("must be a whole number, got " + kind(node));
        }
        return node.intValue();
    }

    double number(String name) {
        return child(name).asNumber();
    }

    double number(String name, double fallback) {
        return has(name) ? number(name) : fallback;
    }

    Double optionalNumber(String name) {
        return has(name) ? number(name) : null;
    }

    double asNumber() {
        if (!node.isNumber()) {
            throw fail("must be a number, got " + kind(node));
        }
        return node.doubleValue();
    }

    boolean flag(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonCursor child = child(name);
        if (!child.node.isBoolean()) {
            throw child.fail("must be true or false, got " + kind(child.node));
        }
        return child.node.booleanValue();
    }

    /** A required object. */
    JsonCursor object(String name) {
        return child(name).asObject();
    }

    Optional<JsonCursor> optionalObject(String name) {
        return has(name) ? Optional.of(object(name)) : Optional.empty();
    }

    JsonCursor asObject() {
        if (!node.isObject()) {
            throw fail("must be an object, got " + kind(node));
        }
        return this;
    }

    /** The fields of an object used as a map (ids to values), in file order. */
    Map<String, JsonCursor> entries() {
        Map<String, JsonCursor> entries = new LinkedHashMap<>();
        node.properties().forEach(entry ->
                entries.put(entry.getKey(), new JsonCursor(file, childPath(entry.getKey()), entry.getValue())));
        return entries;
    }

    /** The elements of a required array. */
    List<JsonCursor> array(String name) {
        JsonCursor child = child(name);
        if (!child.node.isArray()) {
            throw child.fail("must be an array, got " + kind(child.node));
        }
        List<JsonCursor> elements = new ArrayList<>(child.node.size());
        for (int i = 0; i < child.node.size(); i++) {
            elements.add(new JsonCursor(file, child.path + "[" + i + "]", child.node.get(i)));
        }
        return elements;
    }

    /** The elements of an optional array; empty when absent. */
    List<JsonCursor> array(String name, List<JsonCursor> fallback) {
        return has(name) ? array(name) : fallback;
    }

    /** A required array of strings. */
    List<String> texts(String name) {
        return array(name).stream().map(JsonCursor::asText).toList();
    }

    private String childPath(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "nothing";
            case BINARY -> "binary data";
        };
    }
}
