package ara.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** Value object: the stored form of a guest token, SHA-256 in lower-case hex (64 characters). */
public record GuestTokenHash(String hex) {
    public GuestTokenHash {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 64 || !hex.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
            throw new IllegalArgumentException("a guest token hash is 64 lower-case hex digits");
        }
    }

    /** Compares in constant time, so that response timing does not reveal how much of a hash matched. */
    public boolean matches(GuestTokenHash other) {
        return other != null && MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
