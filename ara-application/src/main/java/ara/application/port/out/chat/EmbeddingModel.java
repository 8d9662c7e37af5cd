package ara.application.port.out.chat;

import ara.domain.chat.Embedding;

/** Outbound port: turns a text into a vector for similarity search. Implementations are thread-safe. */
public interface EmbeddingModel {

    /**
     * @throws AssistantUnavailable when a remote model cannot answer
     */
    Embedding embed(String text);
}
