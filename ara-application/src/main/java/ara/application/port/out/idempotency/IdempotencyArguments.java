package ara.application.port.out.idempotency;

import java.time.Duration;
import java.util.Objects;

/**
 * Part of the {@link ara.application.port.out.idempotency.IdempotencyStore} contract: the argument checks every implementation of
 * the port makes alike. Stateless.
 */
public final class IdempotencyArguments {
    /** The longest request fingerprint accepted (a hex SHA-512 is 128). */
    public static final int MAX_FINGERPRINT_LENGTH = 255;

    private IdempotencyArguments() {
    }

    /** {@code fingerprint} if it is not blank and at most {@value #MAX_FINGERPRINT_LENGTH} characters. */
    public static String checkedFingerprint(String fingerprint) {
        Objects.requireNonNull(fingerprint, "requestFingerprint");
        if (fingerprint.isBlank() || fingerprint.length() > MAX_FINGERPRINT_LENGTH) {
            throw new IllegalArgumentException("requestFingerprint must be 1.." + MAX_FINGERPRINT_LENGTH
                    + " characters, got " + fingerprint.length());
        }
        return fingerprint;
    }

    /** {@code ttl} if it is at least a millisecond. */
    public static Duration checkedTtl(Duration ttl) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms, got " + ttl);
        }
        return ttl;
    }
}
