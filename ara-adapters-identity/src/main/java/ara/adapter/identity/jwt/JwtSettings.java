package ara.adapter.identity.jwt;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Settings of the JWT identity adapter: where the keys come from (exactly one of a JWKS URL or a shared HS256
 * secret), the pinned algorithm, the expected issuer and audience, the roles claim and the clock skew.
 *
 * <p>Build with {@link #jwks} or {@link #sharedSecret} and adjust with the {@code with…} methods; the canonical
 * constructor validates every combination. {@link #toString()} never shows the secret.
 *
 * @param jwksUrl     the JWKS document of the identity provider, or {@code null} when a secret is used
 * @param hmacSecret  the shared secret (at least 32 bytes), or {@code null} when a JWKS URL is used
 * @param algorithm   the only accepted algorithm: HS256 for a secret, RS256 or ES256 for a JWKS
 * @param issuer      the required {@code iss}; mandatory with a JWKS, optional ({@code null}) with a secret
 * @param audience    a value the {@code aud} claim must contain; mandatory with a JWKS, optional with a secret
 * @param rolesClaim  the claim holding the roles (an array of strings or a space/comma separated string)
 * @param clockSkew   tolerance on {@code exp} and {@code nbf}, 0 to 60 seconds
 * @param jwksCache   caching of the JWKS keys (ignored with a secret)
 */
public record JwtSettings(URI jwksUrl, byte[] hmacSecret, JwtAlgorithm algorithm, String issuer, String audience,
        String rolesClaim, Duration clockSkew, JwksCacheSettings jwksCache) {

    /** The shortest accepted shared secret: 256 bits, as RFC 7518 requires for HS256. */
    public static final int MIN_SECRET_BYTES = 32;
    /** The largest accepted clock skew. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);
    /** The default roles claim. */
    public static final String DEFAULT_ROLES_CLAIM = "roles";

    public JwtSettings {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(jwksCache, "jwksCache");
        if ((jwksUrl == null) == (hmacSecret == null)) {
            throw new IllegalArgumentException("exactly one of jwksUrl and hmacSecret must be set");
        }
        if (hmacSecret != null) {
            hmacSecret = hmacSecret.clone();
            if (hmacSecret.length < MIN_SECRET_BYTES) {
                throw new IllegalArgumentException("hmacSecret must be at least " + MIN_SECRET_BYTES + " bytes");
            }
            if (!algorithm.symmetric()) {
                throw new IllegalArgumentException("algorithm must be HS256 with a shared secret, not " + algorithm);
            }
        } else {
            checkJwksUrl(jwksUrl);
            if (algorithm.symmetric()) {
                throw new IllegalArgumentException("algorithm must be RS256 or ES256 with a JWKS URL, not " + algorithm);
            }
            if (issuer == null || audience == null) {
                throw new IllegalArgumentException("issuer and audience are required with a JWKS URL");
            }
        }
        if (issuer != null && issuer.isBlank()) {
            throw new IllegalArgumentException("issuer must not be blank");
        }
        if (audience != null && audience.isBlank()) {
            throw new IllegalArgumentException("audience must not be blank");
        }
        Objects.requireNonNull(rolesClaim, "rolesClaim");
        if (rolesClaim.isBlank()) {
            throw new IllegalArgumentException("rolesClaim must not be blank");
        }
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("clockSkew must be 0 to " + MAX_CLOCK_SKEW.toSeconds() + " seconds");
        }
    }

    /** Keys from a JWKS URL, RS256, the default roles claim, 60 s skew and the default cache. */
    public static JwtSettings jwks(URI jwksUrl, String issuer, String audience) {
        return new JwtSettings(jwksUrl, null, JwtAlgorithm.RS256, issuer, audience, DEFAULT_ROLES_CLAIM,
                MAX_CLOCK_SKEW, JwksCacheSettings.DEFAULT);
    }

    /** A shared HS256 secret; {@code issuer} and {@code audience} may be {@code null} (then not checked). */
    public static JwtSettings sharedSecret(byte[] hmacSecret, String issuer, String audience) {
        return new JwtSettings(null, hmacSecret, JwtAlgorithm.HS256, issuer, audience, DEFAULT_ROLES_CLAIM,
                MAX_CLOCK_SKEW, JwksCacheSettings.DEFAULT);
    }

    public JwtSettings withAlgorithm(JwtAlgorithm newAlgorithm) {
        return new JwtSettings(jwksUrl, hmacSecret, newAlgorithm, issuer, audience, rolesClaim, clockSkew, jwksCache);
    }

    public JwtSettings withRolesClaim(String newRolesClaim) {
        return new JwtSettings(jwksUrl, hmacSecret, algorithm, issuer, audience, newRolesClaim, clockSkew, jwksCache);
    }

    public JwtSettings withClockSkew(Duration newClockSkew) {
        return new JwtSettings(jwksUrl, hmacSecret, algorithm, issuer, audience, rolesClaim, newClockSkew, jwksCache);
    }

    public JwtSettings withJwksCache(JwksCacheSettings newJwksCache) {
        return new JwtSettings(jwksUrl, hmacSecret, algorithm, issuer, audience, rolesClaim, clockSkew, newJwksCache);
    }

    /** A copy of the shared secret, or {@code null} when a JWKS URL is used. */
    @Override
    public byte[] hmacSecret() {
        return hmacSecret == null ? null : hmacSecret.clone();
    }

    /** Whether keys come from a JWKS URL (otherwise from the shared secret). */
    public boolean usesJwks() {
        return jwksUrl != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JwtSettings that
                && Objects.equals(jwksUrl, that.jwksUrl)
                && Arrays.equals(hmacSecret, that.hmacSecret)
                && algorithm == that.algorithm
                && Objects.equals(issuer, that.issuer)
                && Objects.equals(audience, that.audience)
                && rolesClaim.equals(that.rolesClaim)
                && clockSkew.equals(that.clockSkew)
                && jwksCache.equals(that.jwksCache);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jwksUrl, Arrays.hashCode(hmacSecret), algorithm, issuer, audience, rolesClaim, clockSkew,
                jwksCache);
    }

    @Override
    public String toString() {
        return "JwtSettings[" + (usesJwks() ? "jwksUrl=" + jwksUrl : "hmacSecret=(" + hmacSecret.length + " bytes)")
                + ", algorithm=" + algorithm + ", issuer=" + issuer + ", audience=" + audience
                + ", rolesClaim=" + rolesClaim + ", clockSkew=" + clockSkew + ", jwksCache=" + jwksCache + "]";
    }

    private static void checkJwksUrl(URI url) {
        String scheme = url.getScheme();
        if (!url.isAbsolute() || url.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("jwksUrl must be an absolute http(s) URL: " + url);
        }
    }
}
