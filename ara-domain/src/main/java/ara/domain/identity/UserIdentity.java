package ara.domain.identity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Value object: a signed-in user as a verified token describes them.
 *
 * @param subject the token's subject: the user's stable id at the identity provider
 * @param email   the email claim, or {@code null}
 * @param roles   the roles claim (lower case), e.g. {@code admin}
 */
public record UserIdentity(String subject, String email, Set<String> roles) {
    /** The role that may read and change every audit. */
    public static final String ADMIN = "admin";
    /** Longest subject accepted (identity providers use far less). */
    public static final int SUBJECT_MAX = 255;

    public UserIdentity {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > SUBJECT_MAX) {
            throw new IllegalArgumentException("subject must be 1-" + SUBJECT_MAX + " characters");
        }
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }

    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }
}
