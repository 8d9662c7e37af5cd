package ara.adapter.assistant.openai;

import ara.application.port.out.chat.AssistantUnavailable;
import ara.contract.FakeLlmServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiEmbeddingModelTest {

    private static OpenAiSettings settings(URI base) {
        return new OpenAiSettings(base, "chat", "k", "embed-small", Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 0, 3, Duration.ofSeconds(1));
    }

    @Test
    void readsTheVectorOfTheEmbeddingsApi() {
        try (FakeLlmServer server = new FakeLlmServer(Map.of());
             OpenAiEmbeddingModel model = new OpenAiEmbeddingModel(settings(server.baseUrl()))) {
            var vector = model.embed("our cloud");

            assertThat(vector.model()).isEqualTo("openai:embed-small");
            assertThat(vector.dimension()).isEqualTo(8);
            assertThat(model.embed("our cloud")).isEqualTo(vector);
            assertThat(server.embeddingRequests()).isEqualTo(2);
        }
    }

    @Test
    void anUnreachableApiIsUnavailable() {
        try (OpenAiEmbeddingModel model = new OpenAiEmbeddingModel(settings(URI.create("http://127.0.0.1:9/v1")))) {
            assertThatThrownBy(() -> model.embed("x")).isInstanceOf(AssistantUnavailable.class);
        }
    }
}
