package ara.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The served OpenAPI document as the fuzz test reads it: the operations with their parameters and JSON body schema,
 * and, for a status, the response the document gives (the operation's own, else one of the server-level answers
 * under the root's {@code x-server-responses}) with its media types and problem types ({@code x-problem-types}).
 * Immutable.
 */
record ServedContract(JsonNode document, List<Operation> operations) {
    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete");

    /** One parameter: where it goes, its name, whether it is required and its schema ($ref resolved). */
    record Parameter(String in, String name, boolean required, JsonNode schema) {
    }

    /** One route and method of the document. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                     JsonNode responses) {
        String name() {
            return method + " " + path;
        }

        boolean takesBody() {
            return bodySchema != null;
        }

        Optional<Parameter> parameter(String in, String name) {
            return parameters.stream().filter(p -> p.in().equals(in) && p.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    /** What the document says about one status of one operation. */
    record Documented(String where, Set<String> mediaTypes, Set<String> problemTypes) {
    }

    static ServedContract of(JsonNode document) {
        ServedContract reader = new ServedContract(document, List.of());
        List<Operation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode parameter : op.getValue().path("parameters")) {
                JsonNode resolved = reader.resolve(parameter);
                parameters.add(new Parameter(resolved.path("in").asText(), resolved.path("name").asText(),
                        resolved.path("required").asBoolean(), reader.resolve(resolved.path("schema"))));
            }
            JsonNode body = op.getValue().path("requestBody").path("content").path("application/json").path("schema");
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters),
                    body.isMissingNode() ? null : reader.resolve(body), op.getValue().path("responses")));
        }));
        return new ServedContract(document, List.copyOf(operations));
    }

    Optional<Operation> operation(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
    }

    /** The node a {@code $ref} points to (local references only), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /**
     * The documented response of this status for the operation, or the server-level one, or none; without an
     * operation (a method the document does not give the path), only the server-level ones.
     */
    Optional<Documented> documented(Optional<Operation> answering, int status) {
        String code = Integer.toString(status);
        if (answering.isPresent() && answering.get().responses().has(code)) {
            Operation operation = answering.get();
            return Optional.of(describe(operation.name() + " " + code, operation.responses().get(code)));
        }
        JsonNode server = document.path("x-server-responses");
        return server.has(code) ? Optional.of(describe("x-server-responses " + code, server.get(code)))
                : Optional.empty();
    }

    private Documented describe(String where, JsonNode response) {
        JsonNode resolved = resolve(response);
        Set<String> media = new HashSet<>();
        resolved.path("content").fieldNames().forEachRemaining(media::add);
        Set<String> types = new HashSet<>();
        for (Iterator<JsonNode> it = resolved.path("x-problem-types").elements(); it.hasNext(); ) {
            types.add(it.next().asText());
        }
        return new Documented(where, Set.copyOf(media), Set.copyOf(types));
    }

    /** The schema's properties ($refs resolved), for bodies: name to schema. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        resolve(schema).path("properties").properties().forEach(p -> properties.put(p.getKey(), resolve(p.getValue())));
        return properties;
    }
}
