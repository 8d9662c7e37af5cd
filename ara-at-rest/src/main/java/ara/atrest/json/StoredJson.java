package ara.atrest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON tree plumbing of the hand-written at-rest formats (named apart from the web adapter's JSON): strict readers
 * that name the missing or mistyped field. A stored document that does not read back is corrupt, so they fail with
 * {@link IllegalArgumentException}. Thread-safe.
 */
public final class StoredJson {
    // Repository calls run on virtual threads, which Jackson's default thread-local buffer pool never reuses.
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build()).build();

    private StoredJson() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode read(String text) {
        try {
            return checkedObject(MAPPER.readTree(text), text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A JSON object from its UTF-8 bytes. */
    public static JsonNode read(byte[] utf8) {
        try {
            return checkedObject(MAPPER.readTree(utf8), new String(utf8, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** The tree as UTF-8 bytes. */
    public static byte[] writeBytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode checkedObject(JsonNode node, String text) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object, got: " + abbreviated(text));
        }
        return node;
    }

    public static JsonNode field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return value;
    }

    /** A string, or {@code null} for JSON null. */
    public static String text(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + name + "' must be a string, got " + value.getNodeType());
        }
        return value.textValue();
    }

    public static String requiredText(JsonNode node, String name) {
        String text = text(node, name);
        if (text == null) {
            throw new IllegalArgumentException("field '" + name + "' must not be null");
        }
        return text;
    }

    /** A double; non-finite values come back from the strings Jackson writes for them ("NaN", "Infinity"). */
    public static double number(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.textValue());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("field '" + name + "' must be a number, got " + value, e);
            }
        }
        throw new IllegalArgumentException("field '" + name + "' must be a number, got " + value.getNodeType());
    }

    public static int integer(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("field '" + name + "' must be an int, got " + value);
        }
        return value.intValue();
    }

    public static long longInteger(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("field '" + name + "' must be a long, got " + value);
        }
        return value.longValue();
    }

    /** An instant in ISO-8601 form ({@link Instant#toString()}), or {@code null} for JSON null. */
    public static Instant instant(JsonNode node, String name) {
        String value = text(node, name);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("field '" + name + "' is not an instant: " + value, e);
        }
    }

    public static Instant requiredInstant(JsonNode node, String name) {
        Instant instant = instant(node, name);
        if (instant == null) {
            throw new IllegalArgumentException("field '" + name + "' must not be null");
        }
        return instant;
    }

    public static boolean bool(JsonNode node, String name) {
        JsonNode value = field(node, name);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("field '" + name + "' must be true or false, got " + value);
        }
        return value.booleanValue();
    }

    public static <E extends Enum<E>> E enumValue(JsonNode node, String name, Class<E> type) {
        String text = text(node, name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a " + type.getSimpleName() + ": " + text, e);
        }
    }

    public static <T> List<T> list(JsonNode node, String name, Function<JsonNode, T> element) {
        JsonNode value = field(node, name);
        if (!value.isArray()) {
            throw new IllegalArgumentException("field '" + name + "' must be an array, got " + value.getNodeType());
        }
        List<T> result = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            result.add(element.apply(item));
        }
        return result;
    }

    public static String text(JsonNode item) {
        if (!item.isTextual()) {
            throw new IllegalArgumentException("expected a string, got " + item.getNodeType());
        }
        return item.textValue();
    }

    public static <T> void putList(ObjectNode node, String name, List<T> values, Function<T, JsonNode> element) {
        ArrayNode array = node.putArray(name);
        values.forEach(value -> array.add(element.apply(value)));
    }

    public static void putTexts(ObjectNode node, String name, List<String> values) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
    }

    public static <E extends Enum<E>> void putEnum(ObjectNode node, String name, E value) {
        node.put(name, value == null ? null : value.name());
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
