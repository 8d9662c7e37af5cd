package ara.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Value object: the secret that lets a guest (no account) reach the one audit it was issued for. It is shown to the
 * guest once and stored only as its {@link #hash()}. At least 128 bits of randomness: 32 random bytes,
 * base64url-encoded (43 characters). {@code toString} never shows it.
 */
public final class GuestToken {
    /** Random bytes in a new token (256 bits; the issue asks for at least 128). */
    public static final int RANDOM_BYTES = 32;
    private static final int ENCODED_LENGTH = 43;

    private final String value;

    private GuestToken(String value) {
        this.value = value;
    }

    /**
     * A new token from fresh random bytes (the caller supplies them from a CSPRNG; the domain reads no randomness).
     *
     * @throws IllegalArgumentException unless exactly {@value #RANDOM_BYTES} bytes are given
     */
    public static GuestToken fromRandomBytes(byte[] random) {
        if (random == null || random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("a guest token needs " + RANDOM_BYTES + " random bytes");
        }
        return new GuestToken(Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /**
     * A token as a guest presented it ({@code X-Guest-Token}).
     *
     * @throws IllegalArgumentException when it cannot be a token ARA issued (so it is never looked up)
     */
    public static GuestToken parse(String presented) {
        if (presented == null || presented.length() != ENCODED_LENGTH) {
            throw new IllegalArgumentException("not a guest token");
        }
        for (int i = 0; i < presented.length(); i++) {
            char c = presented.charAt(i);
            boolean base64url = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
                    || c == '_';
            if (!base64url) {
                throw new IllegalArgumentException("not a guest token");
            }
        }
        return new GuestToken(presented);
    }

    /** The text to hand to the guest, once. */
    public String reveal() {
        return value;
    }

    /** SHA-256 of the token: what is stored. A fast hash suffices for a 256-bit random secret. */
    public GuestTokenHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return new GuestTokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GuestToken that
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                that.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "GuestToken[***]";
    }
}
