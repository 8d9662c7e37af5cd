package ara.adapter.web;

import ara.adapter.web.http.ApiPaths;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as a test oracle: finds the operation a request hit and checks that the reply's status is
 * documented for it and that its body conforms to the documented schema (JSON Schema 2020-12). {@link Api} runs
 * it on every reply, so every test also tests the document.
 */
final class OpenApiContract {
    static final OpenApiContract DOCUMENT = new OpenApiContract(resource());

    private final String text;
    private final JsonNode document;
    private final OpenApiSchemas schemas;

    OpenApiContract(String text) {
        this.text = text;
        try {
            this.document = Api.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.schemas = new OpenApiSchemas(text);
    }

    private static String resource() {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return text;
    }

    JsonNode document() {
        return document;
    }

    /** Every operation as "METHOD /path". */
    List<String> operations() {
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }
        return operations;
    }

    /** Schema errors of {@code json} against component {@code name}. */
    List<Error> validate(String name, String json) {
        return schemas.validate(name, json);
    }

    /**
     * Checks a reply against the operation it answered; requests to paths the document does not describe are
     * left alone (a 404/405 for them is checked against the Problem schema instead), except a web page path's 404:
     * the pages' not-found page is HTML, outside the document, and {@code WebPagesTest} checks it.
     *
     * @throws AssertionError naming what does not conform
     */
    void check(String method, String requestPath, Api.Reply reply) {
        String path = requestPath.split("\\?", 2)[0];
        if (reply.status() == 404 && !ApiPaths.isApi(path)) {
            return;
        }
        if (method.equals("HEAD") && operation(method, path).isEmpty()) {
            // The document: every GET also answers HEAD, with GET's status and headers and no body.
            operation("GET", path).filter(get -> !get.path("responses").has(Integer.toString(reply.status())))
                    .ifPresent(get -> {
                        throw new AssertionError("status not documented for GET: HEAD " + requestPath + " -> "
                                + reply.status());
                    });
            if (!reply.body().isEmpty()) {
                throw new AssertionError("HEAD " + requestPath + " has a body");
            }
            return;
        }
        Optional<JsonNode> operation = operation(method, path);
        if (operation.isEmpty()) {
            if (reply.status() >= 400) {
                requireConforms("Problem", reply, method + " " + requestPath);
            }
            return;
        }
        String where = method + " " + requestPath + " -> " + reply.status();
        JsonNode response = operation.get().path("responses").get(Integer.toString(reply.status()));
        if (response == null) {
            throw new AssertionError("status not documented: " + where + " " + reply.body());
        }
        if (response.has("$ref")) {
            response = resolve(response.get("$ref").asText());
        }
        JsonNode content = response.path("content");
        if (content.isMissingNode()) {
            if (!reply.body().isEmpty()) {
                throw new AssertionError("documented without a body but has one: " + where);
            }
            return;
        }
        String contentType = reply.header("Content-Type");
        String mediaType = null;
        for (String documented : (Iterable<String>) content::fieldNames) {
            if (contentType != null && contentType.startsWith(documented)) {
                mediaType = documented;
            }
        }
        if (mediaType == null) {
            throw new AssertionError("content type " + contentType + " is not a documented one "
                    + content.properties().stream().map(Map.Entry::getKey).toList() + ": " + where);
        }
        String ref = content.get(mediaType).path("schema").path("$ref").asText("");
        if (!ref.isEmpty()) {
            requireConforms(ref.substring(ref.lastIndexOf('/') + 1), reply, where);
        }
    }

    private void requireConforms(String schema, Api.Reply reply, String where) {
        List<Error> errors = validate(schema, reply.body());
        if (!errors.isEmpty()) {
            throw new AssertionError("reply to " + where + " does not match schema " + schema + ": " + errors
                    + "\n" + reply.body());
        }
    }

    private JsonNode resolve(String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.get(part);
        }
        return node;
    }

    /**
     * The operation a request hit. A path parameter matches one segment, except a template's final {@code {key}}:
     * an object key spans segments ({@code /api/v1/files/{key}}, Javalin's {@code <key>}).
     */
    private Optional<JsonNode> operation(String method, String path) {
        for (Map.Entry<String, JsonNode> entry : document.get("paths").properties()) {
            String template = entry.getKey().endsWith("/{key}")
                    ? entry.getKey().substring(0, entry.getKey().length() - "{key}".length()) + "\\E.+\\Q"
                    : entry.getKey();
            String regex = "\\Q" + template.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            if (Pattern.matches(regex, path)) {
                return Optional.ofNullable(entry.getValue().get(method.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }
}
