package ara.domain.identity;

import java.util.Locale;
import java.util.Objects;

/**
 * Value object: an email address, normalised (trimmed, lower case) so that equal addresses compare equal. Checked for
 * shape only (one {@code @}, a dotted domain, no spaces, at most 254 characters); whether it receives mail is not
 * ARA's to know. Personal data: {@code toString} masks it.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        Objects.requireNonNull(value, "email");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("email must look like name@example.com (at most " + MAX_LENGTH
                    + " characters)");
        }
    }

    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || candidate.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        int at = candidate.indexOf('@');
        if (at < 1 || at != candidate.lastIndexOf('@') || at > 64) {
            return false;
        }
        String domain = candidate.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        return dot > 0 && dot < domain.length() - 1 && !domain.contains("..") && !domain.startsWith(".");
    }

    @Override
    public String toString() {
        return "EmailAddress[" + value.charAt(0) + "***]";
    }
}
