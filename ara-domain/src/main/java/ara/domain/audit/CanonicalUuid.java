package ara.domain.audit;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one text form of an id ARA accepts: a UUID in canonical lowercase {@code 8-4-4-4-12} hexadecimal form, as
 * {@link UUID#toString()} writes it. Other spellings {@link UUID#fromString} tolerates (uppercase, mixed case, short
 * groups such as {@code 1-1-1-1-1}) are refused, so one id has one text form everywhere (limits, logs, keys).
 * Stateless.
 */
public final class CanonicalUuid {
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private CanonicalUuid() {
    }

    /**
     * Parses the canonical form.
     *
     * @param name what the text is, for the message (e.g. {@code auditId})
     * @throws IllegalArgumentException naming {@code name} when the text is not a canonical lowercase UUID
     */
    public static UUID parse(String text, String name) {
        if (text == null || !CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException(name + " must be a UUID in canonical lowercase form"
                    + " (8-4-4-4-12 hexadecimal digits)");
        }
        return UUID.fromString(text);
    }
}
