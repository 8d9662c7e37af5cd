package ara.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static ara.bootstrap.e2e.HostileValues.pick;

/**
 * Makes the fuzz test's requests from the served document: a request an operation accepts (path parameters naming the
 * real audit, questions and questionnaire, a body generated from the schema, valid credentials half the time), then
 * mutated: path parameters, query parameters, body fields (types, bounds, unicode classes, huge and deeply nested
 * values), the raw body (duplicate keys, invalid UTF-8, truncation), headers, the method and the raw encoding. All
 * choices come from one seeded {@link Random}, so a seed and a count give the same requests. Not thread-safe.
 */
final class FuzzRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "PROPFIND", "GETX");
    private static final String DEEP = "__deeply_nested__";

    /** What the requests may name: the real audits, their credentials, the questionnaire's questions. */
    record World(String guestAudit, String guestToken, String userAudit, String userToken, String strangerToken,
                 String adminToken, String questionnaireId, int questionnaireVersion,
                 Map<String, JsonNode> answers) {
    }

    /** One request, the operation it was made for (null when the method is not the document's) and the mutations. */
    record Fuzzed(ServedContract.Operation operation, RawHttp.Request request, List<String> mutations) {
    }

    private final ServedContract contract;
    private final World world;
    private final Random random;

    FuzzRequests(ServedContract contract, World world, long seed) {
        this.contract = contract;
        this.world = world;
        this.random = new Random(seed);
    }

    /** A slot of the generated body: where a value sits and the schema it was made from. */
    private record Slot(JsonNode parent, String field, int index, JsonNode schema) {
        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    /** The request being built: mutable until {@link #next()} turns it into a {@link Fuzzed}. */
    private final class Draft {
        String method;
        final String template;
        final List<String> segments = new ArrayList<>();
        final List<String> query = new ArrayList<>();
        final List<Map.Entry<String, String>> headers = new ArrayList<>();
        JsonNode body;
        String rawBody;
        byte[] bytes;
        final List<Slot> slots = new ArrayList<>();
        final List<String> mutations = new ArrayList<>();

        Draft(ServedContract.Operation operation) {
            this.method = operation.method();
            this.template = operation.path();
        }

        void header(String name, String value) {
            headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
            headers.add(Map.entry(name, value));
        }
    }

    Fuzzed next() {
        ServedContract.Operation operation = pick(random, contract.operations());
        Draft draft = valid(operation);
        int mutations = random.nextInt(10) == 0 ? 0 : random.nextInt(4) == 0 ? 2 : 1;
        for (int i = 0; i < mutations; i++) {
            mutate(draft, operation);
        }
        String target = String.join("", draft.segments) + (draft.query.isEmpty() ? ""
                : "?" + String.join("&", draft.query));
        byte[] body = draft.bytes != null ? draft.bytes
                : draft.rawBody != null ? draft.rawBody.getBytes(StandardCharsets.UTF_8)
                : draft.body != null ? serialise(draft.body).getBytes(StandardCharsets.UTF_8) : null;
        // HEAD is answered as GET without a body wherever the document has GET and no HEAD of its own.
        ServedContract.Operation answered = contract.operation(draft.method, draft.template)
                .or(() -> draft.method.equals("HEAD") ? contract.operation("GET", draft.template) : Optional.empty())
                .orElse(null);
        return new Fuzzed(answered, new RawHttp.Request(draft.method, target, List.copyOf(draft.headers), body),
                List.copyOf(draft.mutations));
    }

    // ---- the valid request ----

    private Draft valid(ServedContract.Operation operation) {
        Draft draft = new Draft(operation);
        boolean admin = operation.path().startsWith("/api/v1/admin");
        int actor = random.nextInt(4);
        boolean credentials = random.nextBoolean();
        String audit = actor == 0 ? world.guestAudit() : world.userAudit();
        Matcher matcher = PARAMETER.matcher(operation.path());
        int at = 0;
        while (matcher.find()) {
            draft.segments.add(operation.path().substring(at, matcher.start()));
            draft.segments.add(pathValue(operation.path(), matcher.group(1), audit));
            at = matcher.end();
        }
        draft.segments.add(operation.path().substring(at));
        for (ServedContract.Parameter parameter : operation.parameters()) {
            if (parameter.in().equals("query") && (parameter.required() || random.nextBoolean())) {
                draft.query.add(parameter.name() + "=" + HostileValues.encode(queryValue(parameter, audit)));
            }
        }
        draft.header("Accept", random.nextInt(5) == 0 ? "*/*" : "application/json");
        if (credentials) {
            if (admin || actor == 3) {
                draft.header("Authorization", "Bearer " + world.adminToken());
            } else if (actor == 0) {
                draft.header("X-Guest-Token", world.guestToken());
            } else {
                draft.header("Authorization", "Bearer " + world.userToken());
            }
        } else if (random.nextBoolean()) {
            draft.header("Authorization", "Bearer " + world.strangerToken());
        }
        if (operation.parameter("header", "If-Match").isPresent() && random.nextBoolean()) {
            // Any version, or the first one: stale once the audit has been written to (412).
            draft.header("If-Match", random.nextBoolean() ? "*" : "\"1\"");
        }
        if (operation.method().equals("POST") && random.nextInt(3) == 0) {
            draft.header("Idempotency-Key", key());
        }
        if (operation.takesBody()) {
            draft.header("Content-Type", "application/json");
            draft.body = value(operation.bodySchema(), null, null, -1, draft.slots, 0, audit);
        }
        return draft;
    }

    private String pathValue(String path, String name, String audit) {
        return switch (name) {
            case "id" -> path.startsWith("/api/v1/questionnaires") ? world.questionnaireId()
                    : path.startsWith("/api/v1/reports") ? HostileValues.uuid(random).toString() : audit;
            case "version" -> Integer.toString(world.questionnaireVersion());
            case "questionId" -> pick(random, List.copyOf(world.answers().keySet()));
            case "key" -> "reports/" + audit + "/" + HostileValues.uuid(random) + ".pdf";
            default -> "x";
        };
    }

    private String queryValue(ServedContract.Parameter parameter, String audit) {
        JsonNode schema = parameter.schema();
        if (parameter.name().equals("key")) {
            return "uploads/" + audit + "/" + HostileValues.uuid(random);
        }
        if (schema.path("type").asText().equals("integer")) {
            int min = schema.path("minimum").asInt(0);
            int max = schema.path("maximum").asInt(min + 50);
            return Integer.toString(min + random.nextInt(max - min + 1));
        }
        return "x";
    }

    private String key() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A value the schema accepts (answers from the questionnaire), recording every slot for later mutation. */
    private JsonNode value(JsonNode raw, JsonNode parent, String field, int index, List<Slot> slots, int depth,
                           String audit) {
        JsonNode schema = contract.resolve(raw);
        JsonNode value = generate(schema, field, slots, depth, audit);
        if (parent != null) {
            slots.add(new Slot(parent, field, index, schema));
        }
        return value;
    }

    private JsonNode generate(JsonNode schema, String field, List<Slot> slots, int depth, String audit) {
        if (schema.has("const")) {
            return schema.get("const");
        }
        if (schema.has("enum")) {
            return pick(random, list(schema.get("enum")));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return generate(contract.resolve(pick(random, list(choices))), field, slots, depth, audit);
        }
        if ("answers".equals(field) || (schema.has("additionalProperties") && schema.get("additionalProperties")
                .has("$ref"))) {
            return answers(slots);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                Set<String> required = Set.copyOf(list(schema.path("required")).stream().map(JsonNode::asText)
                        .toList());
                contract.properties(schema).forEach((name, property) -> {
                    if (depth < 4 && (required.contains(name) || random.nextBoolean())) {
                        object.set(name, value(property, object, name, -1, slots, depth + 1, audit));
                    }
                });
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int count = Math.max(schema.path("minItems").asInt(0), random.nextInt(3));
                for (int i = 0; i < count && depth < 4; i++) {
                    array.add(NODES.nullNode());
                    array.set(i, value(schema.path("items"), array, null, i, slots, depth + 1, audit));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asInt(1),
                    Math.min(schema.path("maximum").asInt(Integer.MAX_VALUE), 1 + random.nextInt(10))));
            case "number" -> NODES.numberNode(random.nextInt(100) / 4.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> NODES.textNode(text(schema, field, audit));
        };
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            List<JsonNode> types = list(type).stream().filter(t -> !t.asText().equals("null")).toList();
            return types.isEmpty() ? "null" : pick(random, types).asText();
        }
        return type.isMissingNode() ? "string" : type.asText();
    }

    private String text(JsonNode schema, String field, String audit) {
        if ("uuid".equals(schema.path("format").asText()) || "auditId".equals(field)) {
            return audit;
        }
        return switch (field == null ? "" : field) {
            case "email" -> "fuzz@example.com";
            case "questionnaire" -> world.questionnaireId();
            case "key", "logoKey" -> "uploads/" + audit + "/" + HostileValues.uuid(random);
            case "brandColour" -> "#336699";
            case "message" -> "How do I start?";
            default -> "fuzz " + random.nextInt(1000);
        };
    }

    private JsonNode answers(List<Slot> slots) {
        ObjectNode answers = NODES.objectNode();
        List<String> ids = List.copyOf(world.answers().keySet());
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            String id = pick(random, ids);
            answers.set(id, world.answers().get(id).deepCopy());
            slots.add(new Slot(answers, id, -1, NODES.objectNode()));
        }
        return answers;
    }

    // ---- mutations ----

    private void mutate(Draft draft, ServedContract.Operation operation) {
        switch (random.nextInt(9)) {
            case 0 -> mutatePath(draft);
            case 1 -> mutateQuery(draft, operation);
            case 2, 3 -> mutateBodyValue(draft);
            case 4 -> mutateRawBody(draft);
            case 5, 6 -> mutateHeader(draft);
            case 7 -> mutateMethod(draft);
            default -> mutateEncoding(draft);
        }
    }

    private void mutatePath(Draft draft) {
        int parameters = draft.segments.size() / 2;
        if (parameters == 0) {
            draft.segments.set(0, draft.segments.getFirst() + pick(random, List.of("/", "//", "/zz-fuzz", "/.",
                    "/..;/x", "%2F", ";x=1")));
            draft.mutations.add("path suffix");
            return;
        }
        int at = 1 + 2 * random.nextInt(parameters);
        String current = draft.segments.get(at);
        String value = switch (random.nextInt(4)) {
            case 0 -> pick(random, HostileValues.idSpellings(current.length() == 36 ? current
                    : HostileValues.uuid(random).toString()));
            case 1 -> HostileValues.encode(pick(random, HostileValues.TEXT));
            case 2 -> pick(random, HostileValues.RAW_SEGMENTS);
            default -> HostileValues.uuid(random).toString();
        };
        draft.segments.set(at, value);
        draft.mutations.add("path parameter " + abbreviate(value));
    }

    private void mutateQuery(Draft draft, ServedContract.Operation operation) {
        List<ServedContract.Parameter> query = operation.parameters().stream().filter(p -> p.in().equals("query"))
                .toList();
        String name = query.isEmpty() ? "page" : pick(random, query).name();
        String value = switch (random.nextInt(4)) {
            case 0 -> HostileValues.encode(pick(random, HostileValues.NUMBERS));
            case 1 -> HostileValues.encode(pick(random, HostileValues.TEXT));
            case 2 -> pick(random, HostileValues.RAW_SEGMENTS);
            default -> "1&" + name + "=2";
        };
        draft.query.removeIf(q -> q.startsWith(name + "="));
        draft.query.add(name + "=" + value);
        draft.mutations.add("query " + name + "=" + abbreviate(value));
    }

    private void mutateBodyValue(Draft draft) {
        if (draft.body == null) {
            draft.header("Content-Type", "application/json");
            draft.body = JSON.createObjectNode().put("fuzz", pick(random, HostileValues.TEXT));
            draft.mutations.add("body where none is taken");
            return;
        }
        if (draft.slots.isEmpty() || random.nextInt(6) == 0) {
            if (draft.body instanceof ObjectNode object) {
                object.put("zzUnknown", 1);
            }
            draft.mutations.add("unknown body field");
            return;
        }
        Slot slot = pick(random, draft.slots);
        JsonNode hostile = hostile(slot.schema());
        if (hostile == null && slot.parent() instanceof ObjectNode object) {
            object.remove(slot.field());
            draft.mutations.add("body field " + slot.field() + " removed");
            return;
        }
        slot.replace(hostile);
        draft.mutations.add("body " + (slot.field() == null ? "[" + slot.index() + "]" : slot.field()) + " = "
                + abbreviate(hostile == null ? "null" : hostile.toString()));
    }

    /** A value that breaks the schema's type, bounds or text rules; {@code null} to remove the field. */
    private JsonNode hostile(JsonNode schema) {
        int max = schema.path("maxLength").asInt(-1);
        int min = schema.path("minLength").asInt(0);
        return switch (random.nextInt(10)) {
            case 0 -> pick(random, List.<JsonNode>of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
                    NODES.numberNode(-1), NODES.numberNode(1.5), NODES.numberNode(Double.MAX_VALUE),
                    NODES.numberNode(new BigInteger("123456789012345678901234567890")), NODES.textNode(""),
                    NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(1).add(NODES.arrayNode().add(2))));
            case 1, 2, 3 -> NODES.textNode(pick(random, HostileValues.TEXT));
            case 4 -> NODES.textNode("a".repeat(max >= 0 ? max + random.nextInt(2) : Math.max(0, min - 1)));
            case 5 -> schema.has("minimum") || schema.has("maximum")
                    ? NODES.numberNode(schema.has("maximum") ? schema.get("maximum").asLong() + 1
                    : schema.get("minimum").asLong() - 1)
                    : NODES.numberNode(Long.MIN_VALUE);
            case 6 -> NODES.textNode("x".repeat(random.nextBoolean() ? 30_000 : 70_000));
            case 7 -> {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 5_000; i++) {
                    many.add("o" + i);
                }
                yield many;
            }
            case 8 -> NODES.textNode(DEEP);
            default -> null;
        };
    }

    private void mutateRawBody(Draft draft) {
        String json = draft.body == null ? "{\"a\":1}" : serialise(draft.body);
        draft.header("Content-Type", "application/json");
        int variant = random.nextInt(12);
        draft.mutations.add("raw body #" + variant);
        switch (variant) {
            case 0 -> draft.rawBody = json.startsWith("{\"") && json.indexOf(':') > 0
                    ? "{" + json.substring(1, json.indexOf(':') + 1) + "\"duplicate\"," + json.substring(1)
                    : "{\"k\":1,\"k\":2}";
            case 1 -> draft.rawBody = json.substring(0, random.nextInt(Math.max(1, json.length())));
            case 2 -> draft.bytes = withBytes(json, pick(random, List.of(new byte[]{(byte) 0xC3, 0x28},
                    new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80})));
            case 3 -> draft.rawBody = json.replaceFirst(":\"", ":\"\\\\ud800");
            case 4 -> draft.rawBody = pick(random, List.of("", "null", "[]", "123", "\"text\"", "true", "{}"));
            case 5 -> draft.rawBody = "\ufeff" + json;
            case 6 -> draft.rawBody = json + pick(random, List.of("x", "{}", "]", "\u0000", " // c"));
            case 7 -> draft.rawBody = "/* c */" + json.replace("\"", "'");
            case 8 -> draft.rawBody = "[".repeat(100_000) + "]".repeat(100_000);
            case 9 -> draft.rawBody = "{\"a\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001);
            case 10 -> draft.rawBody = json.replaceFirst(":(\\d+|true|false)", ":NaN");
            default -> draft.rawBody = "{\"" + "k".repeat(70_000) + "\":1}";
        }
    }

    private static byte[] withBytes(String json, byte[] bad) {
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf(":\"");
        int at = quote < 0 ? text.length / 2 : json.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.writeBytes(bad);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private void mutateHeader(Draft draft) {
        int variant = random.nextInt(14);
        String note = switch (variant) {
            case 0 -> set(draft, "Content-Type", pick(random, HostileValues.CONTENT_TYPES));
            case 1 -> set(draft, "Accept", pick(random, HostileValues.ACCEPTS));
            case 2 -> set(draft, "Authorization", pick(random, HostileValues.AUTHORIZATIONS));
            case 3 -> set(draft, "X-Guest-Token", pick(random, List.of("x", "", key(), world.guestToken() + "x",
                    world.guestToken().toUpperCase(Locale.ROOT), "a".repeat(43))));
            case 4 -> {
                draft.headers.add(Map.entry("Authorization", "Bearer " + world.userToken()));
                draft.headers.add(Map.entry("Authorization", "Bearer " + world.adminToken()));
                yield "two Authorization headers";
            }
            case 5 -> set(draft, "If-Match", pick(random, HostileValues.IF_MATCHES));
            case 6 -> set(draft, "If-None-Match", pick(random, HostileValues.IF_MATCHES));
            case 7 -> set(draft, "Idempotency-Key", pick(random, HostileValues.IDEMPOTENCY_KEYS));
            case 8 -> set(draft, "X-Request-Id", pick(random, List.of("", "a b", "x".repeat(200), "<script>",
                    "\u00e9", "../x")));
            case 9 -> set(draft, pick(random, HostileValues.METHOD_OVERRIDES), pick(random, List.of("DELETE", "PUT",
                    "GET", "PATCH")));
            case 10 -> set(draft, "X-Forwarded-For", pick(random, List.of("junk", "1.2.3.4, junk", "::1", "",
                    "999.999.999.999", "10.0.0.1".repeat(100))));
            case 11 -> set(draft, "X-Fuzz", "h".repeat(9_000));
            case 12 -> {
                for (int i = 0; i < 150; i++) {
                    draft.headers.add(Map.entry("X-Many-" + i, "v"));
                }
                yield "150 headers";
            }
            default -> set(draft, "X-Fuzz", pick(random, HostileValues.TEXT));
        };
        draft.mutations.add(note);
    }

    private static String set(Draft draft, String name, String value) {
        draft.header(name, value);
        return name + ": " + abbreviate(value);
    }

    private void mutateMethod(Draft draft) {
        draft.method = pick(random, METHODS);
        draft.mutations.add("method " + draft.method);
    }

    private void mutateEncoding(Draft draft) {
        int at = random.nextInt(draft.segments.size());
        String segment = draft.segments.get(at);
        String raw = pick(random, HostileValues.RAW_SEGMENTS);
        int cut = segment.isEmpty() ? 0 : random.nextInt(segment.length() + 1);
        draft.segments.set(at, random.nextInt(8) == 0 ? segment + "/" + "y".repeat(10_000)
                : segment.substring(0, cut) + raw + segment.substring(cut));
        draft.mutations.add("encoding " + raw);
    }

    // ---- helpers ----

    private static String serialise(JsonNode body) {
        try {
            String text = JSON.writeValueAsString(body);
            return text.replace("\"" + DEEP + "\"", "[".repeat(2_000) + "]".repeat(2_000));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> values = new ArrayList<>();
        array.forEach(values::add);
        return values;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…(" + value.length() + ")";
    }
}
