package ara.adapter.assistant.offline;

import ara.application.port.out.chat.EmbeddingModel;
import ara.domain.chat.Embedding;

import java.util.List;

/**
 * Embedding adapter: the local default. Hashes each word and its character trigrams (with word boundaries) into a
 * fixed number of signed buckets and normalises the vector to length 1, so cosine similarity measures shared words
 * and word parts ("cloud" ~ "clouds"). No model, no network. Immutable and thread-safe.
 */
public final class HashedNgramEmbeddingModel implements EmbeddingModel {
    /** The default number of dimensions. */
    public static final int DEFAULT_DIMENSION = 256;
    private static final int FNV_OFFSET = 0x811c9dc5;
    private static final int FNV_PRIME = 0x01000193;

    private final int dimension;
    private final String name;

    public HashedNgramEmbeddingModel() {
        this(DEFAULT_DIMENSION);
    }

    public HashedNgramEmbeddingModel(int dimension) {
        if (dimension < 8 || dimension > 4_096) {
            throw new IllegalArgumentException("dimension must be between 8 and 4096");
        }
        this.dimension = dimension;
        this.name = "ara-hashed-ngrams-" + dimension;
    }

    @Override
    public Embedding embed(String text) {
        float[] vector = new float[dimension];
        List<String> terms = Words.terms(text);
        for (String term : terms) {
            add(vector, "w:" + term, 2f);
            String bounded = "<" + term + ">";
            for (int i = 0; i + 3 <= bounded.length(); i++) {
                add(vector, bounded.substring(i, i + 3), 1f);
            }
        }
        double norm = 0;
        for (float v : vector) {
            norm += (double) v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return new Embedding(name, vector);
    }

    private void add(float[] vector, String feature, float weight) {
        int hash = FNV_OFFSET;
        for (int i = 0; i < feature.length(); i++) {
            hash = (hash ^ feature.charAt(i)) * FNV_PRIME;
        }
        int bucket = Math.floorMod(hash, dimension);
        vector[bucket] += (hash >>> 31) == 0 ? weight : -weight;
    }
}
