package ara.adapter.assistant.offline;

import ara.domain.chat.Embedding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

class HashedNgramEmbeddingModelTest {
    private final HashedNgramEmbeddingModel model = new HashedNgramEmbeddingModel();

    @Test
    void vectorsHaveTheDimensionAndUnitLength() {
        Embedding vector = model.embed("We run everything on Kubernetes in the cloud");

        assertThat(vector.dimension()).isEqualTo(HashedNgramEmbeddingModel.DEFAULT_DIMENSION);
        assertThat(vector.model()).isEqualTo("ara-hashed-ngrams-256");
        double norm = 0;
        for (float v : vector.values()) {
            norm += v * v;
        }
        assertThat(norm).isCloseTo(1.0, offset(1e-5));
    }

    @Test
    void relatedTextsAreCloserThanUnrelatedOnes() {
        Embedding question = model.embed("What did I say about our cloud?");
        Embedding related = model.embed("Our clouds: we use AWS for everything");
        Embedding unrelated = model.embed("Testing practices include unit tests");

        assertThat(question.similarity(related)).isGreaterThan(question.similarity(unrelated));
        assertThat(question.similarity(question)).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void sameTextSameVectorAndEmptyTextIsZero() {
        assertThat(model.embed("GitHub Actions")).isEqualTo(model.embed("github actions"));
        assertThat(model.embed("the of and").similarity(model.embed("cloud"))).isZero();
    }

    @Test
    void refusesAnUnusableDimension() {
        assertThatThrownBy(() -> new HashedNgramEmbeddingModel(4)).isInstanceOf(IllegalArgumentException.class);
    }
}
