package ara.application.service.chat;

import ara.application.port.out.chat.AssistantUnavailable;
import ara.application.port.out.chat.EmbeddingModel;
import ara.domain.chat.Embedding;

import java.util.List;
import java.util.Locale;

/**
 * Test double of an embedding model (an external system): one dimension per keyword, 1 when the text contains it,
 * plus a constant dimension so that no vector is zero; texts sharing keywords are similar, others barely. Can be
 * made unavailable. Thread-safe.
 */
final class KeywordEmbeddingModel implements EmbeddingModel {
    private static final List<String> KEYWORDS = List.of("cloud", "aws", "azure", "kubernetes", "tests", "bank",
            "score");

    private volatile boolean unavailable;

    /** From now on every call fails as an unreachable remote model does. */
    void goDown() {
        unavailable = true;
    }

    @Override
    public Embedding embed(String text) {
        if (unavailable) {
            throw new AssistantUnavailable("embedding model down");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        float[] values = new float[KEYWORDS.size() + 1];
        for (int i = 0; i < KEYWORDS.size(); i++) {
            values[i] = lower.contains(KEYWORDS.get(i)) ? 1 : 0;
        }
        values[KEYWORDS.size()] = 0.1f;
        return new Embedding("keywords", values);
    }
}
