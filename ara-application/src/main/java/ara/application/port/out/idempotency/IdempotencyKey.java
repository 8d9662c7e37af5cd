package ara.application.port.out.idempotency;

import java.util.Objects;

/**
 * Where an idempotency key is valid ({@code scope}, e.g. a route and the caller) and the key the client sent.
 *
 * @param scope not blank, at most {@value #MAX_LENGTH} characters
 * @param key   not blank, at most {@value #MAX_LENGTH} characters (the {@code Idempotency-Key} limit)
 */
public record IdempotencyKey(String scope, String key) {
    /** The longest scope or key accepted. */
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        check(scope, "idempotency scope");
        check(key, "idempotency key");
    }

    private static void check(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_LENGTH + " characters, got "
                    + value.length());
        }
    }
}
