package ara.adapter.identity.jwt;

import ara.domain.identity.UserIdentity;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a locally issued token says: subject, roles (lower-cased), optional email, and optional issuer and audience
 * (when {@code null}, the issuer's settings supply them), valid for {@code lifetime}.
 */
public record LocalTokenRequest(String subject, Set<String> roles, String email, String issuer, String audience,
        Duration lifetime) {

    /** The lifetime of a token when none is given. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    public LocalTokenRequest {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > UserIdentity.SUBJECT_MAX) {
            throw new IllegalArgumentException("subject must be 1-" + UserIdentity.SUBJECT_MAX + " characters");
        }
        Objects.requireNonNull(roles, "roles");
        roles = roles.stream().map(role -> role.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        if (roles.stream().anyMatch(role -> role.isEmpty() || role.contains(" ") || role.contains(","))) {
            throw new IllegalArgumentException("roles must be non-blank words");
        }
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
    }

    /** A token for {@code subject} with {@code roles}, no email, the issuer's iss/aud, valid for an hour. */
    public static LocalTokenRequest of(String subject, Set<String> roles) {
        return new LocalTokenRequest(subject, roles, null, null, null, DEFAULT_LIFETIME);
    }

    public LocalTokenRequest withEmail(String newEmail) {
        return new LocalTokenRequest(subject, roles, newEmail, issuer, audience, lifetime);
    }

    public LocalTokenRequest withIssuer(String newIssuer) {
        return new LocalTokenRequest(subject, roles, email, newIssuer, audience, lifetime);
    }

    public LocalTokenRequest withAudience(String newAudience) {
        return new LocalTokenRequest(subject, roles, email, issuer, newAudience, lifetime);
    }

    public LocalTokenRequest withLifetime(Duration newLifetime) {
        return new LocalTokenRequest(subject, roles, email, issuer, audience, newLifetime);
    }
}
