package ara.adapter.web.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The adapter's one JSON configuration: ISO-8601 timestamps, strict parsing (duplicate keys and trailing tokens
 * are malformed JSON, and so is nesting deeper than {@value #MAX_DEPTH}). Request bodies are read as trees, never
 * bound to classes, so every field can be checked and named in an error; the request parsers ({@code Requests}) do
 * that and answer a malformed body with a 400. Thread-safe.
 */
public final class WebJson {
    // Requests run on virtual threads, which a thread-local buffer pool (Jackson's default) never reuses: every
    // parser and generator would allocate fresh buffers. A shared pool recycles them across threads.
    /** Request bodies nest three levels ({@code {"answers": {"q": [..]}}}); anything far deeper is an attack. */
    public static final int MAX_DEPTH = 32;
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

    /** The configured mapper, for Javalin's {@code JavalinJackson} and the request parsers. */
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
}
