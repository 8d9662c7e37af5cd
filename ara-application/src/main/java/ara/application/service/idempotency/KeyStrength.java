package ara.application.service.idempotency;

import java.util.regex.Pattern;

/**
 * How many random bits an {@code Idempotency-Key} can carry at most, judged by the smallest alphabet its
 * characters fit: decimal digits 3.32 bits each, hex digits 4 (hyphens 0, they are separators there), the
 * base64url alphabet {@code [A-Za-z0-9_-]} 6. A canonical UUID counts 122 bits (its version and variant bits are
 * fixed). A key with any other character counts 0: an anonymous key must be drawn from these alphabets. An upper
 * bound on what the format can hold, not a measure of the client's randomness. Stateless.
 */
final class KeyStrength {
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F-]+");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int UUID_RANDOM_BITS = 122;
    private static final double DIGIT_BITS = Math.log(10) / Math.log(2);

    private KeyStrength() {
    }

    /** The bits {@code key} can carry at most, rounded down. */
    static int bits(String key) {
        if (DIGITS.matcher(key).matches()) {
            return (int) Math.floor(key.length() * DIGIT_BITS);
        }
        if (UUID.matcher(key).matches()) {
            return UUID_RANDOM_BITS;
        }
        if (HEX.matcher(key).matches()) {
            return 4 * (int) key.chars().filter(c -> c != '-').count();
        }
        if (BASE64URL.matcher(key).matches()) {
            return 6 * key.length();
        }
        return 0;
    }
}
