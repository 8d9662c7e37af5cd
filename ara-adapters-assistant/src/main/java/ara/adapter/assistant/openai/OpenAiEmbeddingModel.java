package ara.adapter.assistant.openai;

import ara.application.port.out.chat.AssistantUnavailable;
import ara.application.port.out.chat.EmbeddingModel;
import ara.domain.chat.Embedding;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Objects;

/**
 * Embedding adapter: {@code POST /embeddings} of an OpenAI-compatible API with the configured embeddings model.
 * Failures end in {@link AssistantUnavailable} (the message is then stored without a vector). Thread-safe.
 */
public final class OpenAiEmbeddingModel implements EmbeddingModel, AutoCloseable {
    private final OpenAiSettings settings;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public OpenAiEmbeddingModel(OpenAiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        if (settings.embeddingModel().isEmpty()) {
            throw new IllegalArgumentException("no embeddings model is configured");
        }
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    @Override
    public Embedding embed(String text) {
        try {
            byte[] body = json.writeValueAsBytes(json.createObjectNode().put("model", settings.embeddingModel())
                    .put("input", text));
            HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint("embeddings"))
                    .timeout(settings.firstByteTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (!settings.apiKey().isEmpty()) {
                request.header("Authorization", "Bearer " + settings.apiKey());
            }
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssistantUnavailable("the embeddings API answered " + response.statusCode());
            }
            JsonNode vector = json.readTree(response.body()).path("data").path(0).path("embedding");
            if (!vector.isArray() || vector.isEmpty()) {
                throw new AssistantUnavailable("the embeddings API returned no vector");
            }
            float[] values = new float[vector.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) vector.get(i).asDouble();
            }
            return new Embedding("openai:" + settings.embeddingModel(), values);
        } catch (JacksonException e) {
            throw new AssistantUnavailable("the embeddings API returned malformed JSON", e);
        } catch (IOException e) {
            throw new AssistantUnavailable("the embeddings API is unreachable: " + e.getClass().getName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssistantUnavailable("interrupted while calling the embeddings API", e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
