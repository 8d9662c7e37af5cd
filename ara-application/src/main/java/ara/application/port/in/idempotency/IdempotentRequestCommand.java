package ara.application.port.in.idempotency;

import java.util.Objects;

/**
 * An idempotent request as the client sent it.
 *
 * @param caller      whom the key belongs to (keys of different callers never meet), e.g. {@code user:<id>}
 * @param anonymous   whether the caller is nobody (no user, no guest token): its key must then be unguessable
 * @param key         the client's {@code Idempotency-Key}, checked by the use case
 * @param fingerprint a digest of what makes the request this request (method, path, body)
 */
public record IdempotentRequestCommand(String caller, boolean anonymous, String key, String fingerprint) {
    public IdempotentRequestCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }
}
