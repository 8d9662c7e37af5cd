package ara.adapter.assistant.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the OpenAI-compatible client. The key is never shown ({@link #toString}).
 *
 * @param baseUrl         the API root, e.g. {@code https://api.openai.com/v1} ({@code /chat/completions} and
 *                        {@code /embeddings} are appended)
 * @param model           the chat model
 * @param apiKey          sent as {@code Authorization: Bearer}; empty for servers without keys (a local Ollama)
 * @param embeddingModel  the embeddings model, or empty to keep the local embeddings
 * @param connectTimeout  to open the connection
 * @param firstByteTimeout until the response headers and then between two stream lines (a hang ends here)
 * @param replyTimeout    for the whole reply
 * @param retries         extra attempts when the request failed before anything was streamed (refused, 429, 5xx)
 * @param failuresToOpen  consecutive failed replies that open the circuit breaker
 * @param openFor         how long the breaker stays open (replies go to the offline assistant meanwhile)
 */
public record OpenAiSettings(URI baseUrl, String model, String apiKey, String embeddingModel,
                             Duration connectTimeout, Duration firstByteTimeout, Duration replyTimeout, int retries,
                             int failuresToOpen, Duration openFor) {
    public OpenAiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        apiKey = apiKey == null ? "" : apiKey;
        embeddingModel = embeddingModel == null ? "" : embeddingModel;
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(firstByteTimeout, "firstByteTimeout");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        Objects.requireNonNull(openFor, "openFor");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (retries < 0 || retries > 5) {
            throw new IllegalArgumentException("retries must be between 0 and 5");
        }
        if (failuresToOpen < 1) {
            throw new IllegalArgumentException("failuresToOpen must be >= 1");
        }
        String scheme = baseUrl.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("baseUrl must be an http or https URL");
        }
    }

    /** Defaults for everything but the server, the model and the key. */
    public static OpenAiSettings of(URI baseUrl, String model, String apiKey) {
        return new OpenAiSettings(baseUrl, model, apiKey, "", Duration.ofSeconds(3), Duration.ofSeconds(10),
                Duration.ofSeconds(60), 1, 3, Duration.ofSeconds(30));
    }

    URI endpoint(String path) {
        String base = baseUrl.toString();
        return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
    }

    @Override
    public String toString() {
        return "OpenAiSettings[" + baseUrl + ", model " + model + (apiKey.isEmpty() ? ", no key" : ", key set")
                + (embeddingModel.isEmpty() ? "" : ", embeddings " + embeddingModel) + "]";
    }
}
