package ara.adapter.web.request;

import ara.adapter.web.http.WebJson;
import ara.adapter.web.problem.FieldError;
import ara.adapter.web.problem.ProblemType;
import ara.adapter.web.problem.RequestRejected;
import ara.domain.audit.AuditId;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireId;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parsers for the parts of a request: path and query parameters, conditional headers and JSON bodies. Each turns
 * bad input into a {@link RequestRejected} that names the parameter, before any use case runs. Stateless.
 */
public final class Requests {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");
    /** The request attribute holding a body {@link #readBody} read. */
    private static final String BODY = "ara.body";
    /** The canonical strong ETag of a version: its number in quotes, no leading zero. */
    private static final Pattern VERSION_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");
    /** One entity tag (RFC 9110, section 8.8.3): optionally weak, then any etagc characters in quotes. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[\\x21\\x23-\\x7E\\x80-\\xFF]{0,64}\"");
    /** The version an If-Match names when its entity tag is well-formed but no version's: it matches none. */
    public static final long NO_VERSION = -1;

    /** The rule every id parameter is held to, as the 400's detail says it. */
    public static final String ID_RULE = "must be a UUID in canonical lowercase form (8-4-4-4-12), got: ";

    private Requests() {
    }

    /**
     * The {@code {id}} path parameter as an audit id; 400 unless it is a UUID in canonical lowercase form (other
     * spellings of an id are refused, never mapped to the same audit).
     */
    public static AuditId auditId(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return AuditId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RequestRejected.badRequest("id", "invalid_format", "id " + ID_RULE + text);
        }
    }

    /**
     * The {@code {questionId}} path parameter; 404 when it cannot name a question (no questionnaire has a question
     * with such an id).
     */
    public static QuestionId questionId(Context ctx) {
        String text = ctx.pathParam("questionId");
        try {
            return QuestionId.of(text);
        } catch (IllegalArgumentException e) {
            throw RequestRejected.notFound("question " + text + " does not exist");
        }
    }

    /** A questionnaire id from a path parameter; 404 when it cannot name one. */
    public static QuestionnaireId questionnaireIdInPath(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            return QuestionnaireId.of(text);
        } catch (IllegalArgumentException e) {
            throw RequestRejected.notFound("questionnaire " + text + " does not exist");
        }
    }

    /** A positive whole number from a path parameter; 400 otherwise. */
    public static int positiveIntInPath(Context ctx, String name) {
        String text = ctx.pathParam(name);
        int value = DIGITS.matcher(text).matches() && text.length() <= 9 ? Integer.parseInt(text) : 0;
        if (value < 1) {
            throw RequestRejected.badRequest(name, "invalid_format", name + " must be a whole number >= 1, got: "
                    + text);
        }
        return value;
    }

    /** A whole query parameter within {@code [min, max]}, or {@code fallback} when it is absent. */
    public static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        // Up to 18 digits are read exactly, so the bound stated is the bound checked, whatever its size.
        long value = DIGITS.matcher(text).matches() ? Long.parseLong(text) : -1;
        if (value < min || value > max) {
            throw RequestRejected.badRequest(name, "invalid_value", name + " must be a whole number from " + min
                    + " to " + max + ", got: " + text);
        }
        return (int) value;
    }

    /**
     * The version an {@code If-Match} header expects, for optimistic concurrency. ARA's ETags are strong and
     * canonical: the version number in quotes, without leading zeros ({@code "7"}). If-Match compares strongly
     * (RFC 9110, section 13.1.1), so any other well-formed entity tag, weak ({@code W/"7"}) or not canonical
     * ({@code "007"}), matches no version: it is answered {@link #NO_VERSION}, which the use case finds stale (412).
     *
     * @return empty when there is no header or it is {@code *}
     * @throws RequestRejected (400) for anything but {@code *} or one well-formed entity tag
     */
    public static Optional<Long> ifMatchVersion(Context ctx) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Optional.empty();
        }
        String tag = header.strip();
        if (!ENTITY_TAG.matcher(tag).matches()) {
            throw RequestRejected.badRequest("If-Match", "invalid_format",
                    "If-Match must be * or the ETag of the audit, such as \"7\", got: " + header);
        }
        var matcher = VERSION_TAG.matcher(tag);
        return Optional.of(matcher.matches() ? Long.parseLong(matcher.group(1)) : NO_VERSION);
    }

    /** Whether an {@code If-None-Match} header matches the current ETag (weak comparison, as RFC 9110 asks). */
    public static boolean noneMatchHits(Context ctx, String currentEtag) {
        String header = ctx.header("If-None-Match");
        if (header == null) {
            return false;
        }
        String current = opaque(currentEtag);
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(current)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    /**
     * The request body: the one {@link #readBody} read for a route with a body limit of its own, else Javalin's
     * (which answers 413 beyond the API's limit).
     */
    public static byte[] body(Context ctx) {
        byte[] read = ctx.attribute(BODY);
        return read != null ? read : ctx.bodyAsBytes();
    }

    /**
     * Reads the request body within a route's own limit and keeps it for {@link #body}: Javalin's limit is one for
     * the whole server.
     *
     * @throws RequestRejected (413) naming the limit when the body is larger, declared or as it arrives
     */
    public static void readBody(Context ctx, long maxBytes) throws IOException {
        if (ctx.req().getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        // One byte more than allowed tells a body that is too large as it arrives. The server owns the request's
        // stream (and closes it), as it does when Javalin reads the body.
        byte[] body = ctx.req().getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
        if (body.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        ctx.attribute(BODY, body);
    }

    private static RequestRejected tooLarge(long maxBytes) {
        return new RequestRejected(ProblemType.CONTENT_TOO_LARGE, "the request body is larger than " + maxBytes
                + " bytes, the largest this route accepts", List.of());
    }

    /**
     * The request body as a JSON object.
     *
     * @return empty when the body is empty (callers decide whether that is allowed)
     * @throws RequestRejected (400) for a wrong content type, malformed JSON or a value that is not an object;
     *                         Javalin's own limit answers 413 for a body over the maximum size
     */
    public static Optional<ObjectNode> jsonObject(Context ctx) {
        byte[] body = body(ctx);
        if (body.length == 0) {
            return Optional.empty();
        }
        requireJsonContentType(ctx);
        Optional<JsonNode> tree = parseJson(body);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        if (!(tree.get() instanceof ObjectNode object)) {
            throw RequestRejected.badRequest("body", "not_an_object", "the request body must be a JSON object");
        }
        // Every string is composed to NFC and checked before any handler reads it, so no store sees other text.
        List<FieldError> problems = JsonText.clean(object);
        if (!problems.isEmpty()) {
            throw RequestRejected.invalid(problems);
        }
        return Optional.of(object);
    }

    /** The request body as a JSON object; 400 when it is missing. */
    public static ObjectNode requiredJsonObject(Context ctx) {
        return jsonObject(ctx).orElseThrow(() -> RequestRejected.badRequest("body", "required",
                "the request needs a JSON object body"));
    }

    /**
     * Parses a request body.
     *
     * @return empty for a body with no JSON value at all (empty or blank)
     * @throws RequestRejected (400) when the bytes are not one well-formed JSON value
     */
    public static Optional<JsonNode> parseJson(byte[] body) {
        try (JsonParser parser = WebJson.mapper().createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            JsonNode tree = WebJson.mapper().readTree(parser);
            if (parser.nextToken() != null) {
                throw malformed("there is content after the JSON value");
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            throw malformed(JsonFailures.describe(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireJsonContentType(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !(mediaType.startsWith("application/")
                && mediaType.endsWith("+json"))) {
            throw RequestRejected.badRequest("Content-Type", "unsupported_media_type",
                    "the request body must be sent as application/json, got: "
                            + (contentType == null ? "no Content-Type" : contentType));
        }
    }

    private static RequestRejected malformed(String why) {
        return RequestRejected.badRequest("body", "malformed_json", "the request body is not valid JSON: " + why);
    }
}
