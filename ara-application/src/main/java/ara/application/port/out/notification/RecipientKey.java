package ara.application.port.out.notification;

import java.util.Objects;

/**
 * Value object: a recipient as the mail records know them, a keyed hash (HMAC-SHA256 under a server key, base64url)
 * of the normalised address, so that an unsubscribed address is recognised without being stored.
 */
public record RecipientKey(String value) {
    public RecipientKey {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 100 || !value.chars().allMatch(c -> c >= 'A' && c <= 'Z'
                || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
            throw new IllegalArgumentException("a recipient key is 1 to 100 base64url characters");
        }
    }
}
