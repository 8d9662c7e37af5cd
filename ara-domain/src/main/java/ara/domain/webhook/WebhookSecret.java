package ara.domain.webhook;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signing secret in the Standard Webhooks form {@code whsec_<base64 of 24 to 64 random bytes>}. Immutable;
 * {@link #toString()} never shows it.
 *
 * @param encoded the {@code whsec_…} text, as shown to the admin once and given to the receiver
 */
public record WebhookSecret(String encoded) {
    public static final String PREFIX = "whsec_";
    /** The fewest and the most key bytes accepted (the specification asks for 24 to 64). */
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;

    public WebhookSecret {
        Objects.requireNonNull(encoded, "encoded");
        if (!encoded.startsWith(PREFIX)) {
            throw new IllegalArgumentException("secret must start with " + PREFIX);
        }
        int length = decode(encoded).length;
        if (length < MIN_BYTES || length > MAX_BYTES) {
            throw new IllegalArgumentException("secret must hold " + MIN_BYTES + " to " + MAX_BYTES + " bytes");
        }
    }

    /** The secret made of these random bytes. */
    public static WebhookSecret of(byte[] key) {
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    /** The HMAC key: the bytes after the prefix, base64-decoded. */
    public byte[] key() {
        return decode(encoded);
    }

    private static byte[] decode(String encoded) {
        try {
            return Base64.getDecoder().decode(encoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret is not base64 after " + PREFIX, e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && Arrays.equals(key(), that.key());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key());
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
