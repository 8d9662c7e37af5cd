package ara.adapter.web.http;

import ara.adapter.web.problem.RequestRejected;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The adapter's one JSON configuration: ISO-8601 timestamps, strict parsing (duplicate keys and trailing tokens
 * are malformed JSON, and so is nesting deeper than {@value #MAX_DEPTH}). Request bodies are read as trees, never bound to classes, so every field can be checked and
 * named in an error. Thread-safe.
 */
public final class WebJson {
    // Requests run on virtual threads, which a thread-local buffer pool (Jackson's default) never reuses: every
    // parser and generator would allocate fresh buffers. A shared pool recycles them across threads.
    /** Request bodies nest three levels ({@code {"answers": {"q": [..]}}}); anything far deeper is an attack. */
    static final int MAX_DEPTH = 32;
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool())
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                    .build())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private WebJson() {
    }

    /** The configured mapper, for Javalin's {@code JavalinJackson}. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Parses a request body.
     *
     * @return empty for a body with no JSON value at all (empty or blank)
     * @throws RequestRejected (400) when the bytes are not one well-formed JSON value
     */
    public static Optional<JsonNode> parse(byte[] body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            JsonNode tree = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw malformed("unexpected content after the JSON value");
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            throw malformed(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RequestRejected malformed(String why) {
        return RequestRejected.badRequest("body", "malformed_json", "the request body is not valid JSON: " + why);
    }
}
