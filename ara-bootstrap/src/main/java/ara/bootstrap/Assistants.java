package ara.bootstrap;

import ara.adapter.assistant.offline.HashedNgramEmbeddingModel;
import ara.adapter.assistant.offline.OfflineAssistantModel;
import ara.adapter.assistant.openai.OpenAiAssistantModel;
import ara.adapter.assistant.openai.OpenAiEmbeddingModel;
import ara.adapter.assistant.openai.OpenAiSettings;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.EmbeddingModel;
import ara.bootstrap.config.AssistantSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The assistants in the order they are asked (the language model, if configured, then the offline assistant), the
 * embeddings, and the clients to close. Immutable; the models are thread-safe.
 */
record Assistants(List<AssistantModel> models, EmbeddingModel embeddings, List<AutoCloseable> clients)
        implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Assistants.class);

    static Assistants of(Optional<AssistantSettings> configured) {
        OfflineAssistantModel offline = new OfflineAssistantModel();
        if (configured.isEmpty()) {
            LOG.info("Assistant: offline (no ARA_LLM_BASE_URL); chat content never leaves ARA");
            return new Assistants(List.of(offline), new HashedNgramEmbeddingModel(), List.of());
        }
        AssistantSettings llm = configured.get();
        OpenAiSettings settings = new OpenAiSettings(llm.baseUrl(), llm.model(), llm.apiKey(), llm.embeddingModel(),
                llm.connectTimeout(), llm.stallTimeout(), llm.replyTimeout(), llm.retries(), llm.breakerFailures(),
                llm.breakerOpen());
        OpenAiAssistantModel model = new OpenAiAssistantModel(settings);
        LOG.info("Assistant: language model {} at {}, the offline assistant when it fails", llm.model(),
                llm.baseUrl());
        if (llm.embeddingModel().isEmpty()) {
            return new Assistants(List.of(model, offline), new HashedNgramEmbeddingModel(), List.of(model));
        }
        OpenAiEmbeddingModel embeddings = new OpenAiEmbeddingModel(settings);
        return new Assistants(List.of(model, offline), embeddings, List.of(model, embeddings));
    }

    @Override
    public void close() {
        for (AutoCloseable client : clients) {
            try {
                client.close();
            } catch (Exception e) {
                LOG.warn("Closing an assistant client failed: {}", e.toString());
            }
        }
    }
}
