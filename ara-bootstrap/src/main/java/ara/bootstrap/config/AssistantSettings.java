package ara.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The language model behind the assistant, if one is configured: {@code ARA_LLM_BASE_URL}, {@code ARA_LLM_MODEL} and
 * {@code ARA_LLM_API_KEY} all together (the offline assistant alone when none is set; a half-configured model is
 * refused, naming the missing variable), with optional embeddings model, timeouts, retries and circuit breaker. The
 * key is never shown ({@link #toString}).
 */
public record AssistantSettings(URI baseUrl, String model, String apiKey, String embeddingModel,
                                Duration connectTimeout, Duration stallTimeout, Duration replyTimeout, int retries,
                                int breakerFailures, Duration breakerOpen) {
    static final String BASE_URL = "ARA_LLM_BASE_URL";
    static final String MODEL = "ARA_LLM_MODEL";
    static final String API_KEY = "ARA_LLM_API_KEY";
    private static final List<String> REQUIRED = List.of(BASE_URL, MODEL, API_KEY);
    private static final List<String> OPTIONAL = List.of("ARA_LLM_EMBEDDING_MODEL", "ARA_LLM_CONNECT_TIMEOUT_MS",
            "ARA_LLM_STALL_TIMEOUT_MS", "ARA_LLM_REPLY_TIMEOUT_MS", "ARA_LLM_RETRIES", "ARA_LLM_BREAKER_FAILURES",
            "ARA_LLM_BREAKER_OPEN_MS");

    public AssistantSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(embeddingModel, "embeddingModel");
    }

    /**
     * @return empty when no language model is configured
     * @throws InvalidConfiguration naming the first variable that is missing or bad
     */
    public static Optional<AssistantSettings> from(ConfigSource source) {
        boolean any = REQUIRED.stream().anyMatch(name -> source.get(name).isPresent());
        if (!any) {
            for (String orphan : OPTIONAL) {
                if (source.get(orphan).isPresent()) {
                    throw new InvalidConfiguration(orphan, "is set but " + BASE_URL + " is not; configure the "
                            + "language model (" + String.join(", ", REQUIRED) + ") or unset " + orphan);
                }
            }
            return Optional.empty();
        }
        for (String name : REQUIRED) {
            if (source.get(name).filter(value -> !value.isBlank()).isEmpty()) {
                throw new InvalidConfiguration(name, "is missing: a language model needs " + String.join(", ",
                        REQUIRED) + " together (leave all three unset for the offline assistant; a server without "
                        + "keys takes any value)");
            }
        }
        return Optional.of(new AssistantSettings(url(source.get(BASE_URL).orElseThrow()),
                source.get(MODEL).orElseThrow().strip(), source.get(API_KEY).orElseThrow().strip(),
                source.get("ARA_LLM_EMBEDDING_MODEL", "").strip(),
                Duration.ofMillis(source.integer("ARA_LLM_CONNECT_TIMEOUT_MS", 3_000, 100, 60_000)),
                Duration.ofMillis(source.integer("ARA_LLM_STALL_TIMEOUT_MS", 10_000, 100, 300_000)),
                Duration.ofMillis(source.integer("ARA_LLM_REPLY_TIMEOUT_MS", 60_000, 1_000, 600_000)),
                source.integer("ARA_LLM_RETRIES", 1, 0, 5),
                source.integer("ARA_LLM_BREAKER_FAILURES", 3, 1, 100),
                Duration.ofMillis(source.integer("ARA_LLM_BREAKER_OPEN_MS", 30_000, 100, 3_600_000))));
    }

    private static URI url(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidConfiguration(BASE_URL, "is not a URL: " + e.getReason());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidConfiguration(BASE_URL, "must be an http(s) URL such as https://api.openai.com/v1");
        }
        if (uri.getUserInfo() != null) {
            throw new InvalidConfiguration(BASE_URL, "must not carry credentials; put the key in " + API_KEY);
        }
        return uri;
    }

    @Override
    public String toString() {
        return "AssistantSettings[" + baseUrl + ", model " + model + ", key set"
                + (embeddingModel.isEmpty() ? "" : ", embeddings " + embeddingModel) + "]";
    }
}
