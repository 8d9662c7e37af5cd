package ara.domain.chat;

import java.util.Arrays;
import java.util.Objects;

/**
 * Value object: a text's vector from an embedding model, with the model's name (vectors of different models are
 * never compared). Immutable: the values are copied in and out.
 */
public final class Embedding {
    private final String model;
    private final float[] values;

    public Embedding(String model, float[] values) {
        this.model = Objects.requireNonNull(model, "model");
        Objects.requireNonNull(values, "values");
        if (model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        this.values = values.clone();
    }

    public String model() {
        return model;
    }

    public int dimension() {
        return values.length;
    }

    public float[] values() {
        return values.clone();
    }

    /**
     * Cosine similarity in [-1, 1]; 0 when the models or dimensions differ or a vector is zero.
     */
    public double similarity(Embedding other) {
        if (!model.equals(other.model) || values.length != other.values.length) {
            return 0;
        }
        double dot = 0;
        double left = 0;
        double right = 0;
        for (int i = 0; i < values.length; i++) {
            dot += (double) values[i] * other.values[i];
            left += (double) values[i] * values[i];
            right += (double) other.values[i] * other.values[i];
        }
        return left == 0 || right == 0 ? 0 : dot / Math.sqrt(left * right);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Embedding that && model.equals(that.model) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * model.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Embedding[" + model + ", " + values.length + " dimensions]";
    }
}
