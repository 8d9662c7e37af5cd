package ara.bootstrap.config;

import java.net.URI;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Settings: how bearer tokens are verified. {@link Jwks} (an identity provider's key set: Clerk, Auth0, Keycloak,
 * Cognito…), {@link SharedSecret} (HS256, self-hosting) or {@link Local} (the embedded default: a secret ARA keeps in
 * its data directory, with {@code bin/ara token} to issue tokens).
 */
public sealed interface IdentitySettings {
    String LOCAL_ISSUER = "ara-local";
    String LOCAL_AUDIENCE = "ara";

    /** The claim that carries roles ({@code ARA_JWT_ROLES_CLAIM}, default {@code roles}). */
    String rolesClaim();

    /**
     * @param algorithm RS256 (default) or ES256 ({@code ARA_JWT_ALGORITHM})
     */
    record Jwks(URI url, String issuer, String audience, String algorithm, String rolesClaim)
            implements IdentitySettings {
        public Jwks {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(audience, "audience");
        }
    }

    /** A shared HS256 secret of at least 32 bytes; issuer and audience are checked when set. */
    record SharedSecret(byte[] secret, String issuer, String audience, String rolesClaim) implements IdentitySettings {
        public SharedSecret {
            secret = secret.clone();
        }

        @Override
        public byte[] secret() {
            return secret.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SharedSecret that && Arrays.equals(secret, that.secret)
                    && Objects.equals(issuer, that.issuer) && Objects.equals(audience, that.audience)
                    && rolesClaim.equals(that.rolesClaim);
        }

        @Override
        public int hashCode() {
            return Objects.hash(issuer, audience, rolesClaim);
        }

        @Override
        public String toString() {
            return "SharedSecret[secret=***, issuer=" + issuer + ", audience=" + audience + "]";
        }
    }

    /** The embedded default: a local HS256 secret under the data directory; issuer {@value #LOCAL_ISSUER}. */
    record Local(String rolesClaim) implements IdentitySettings {
    }

    static IdentitySettings from(ConfigSource source) {
        String rolesClaim = source.get("ARA_JWT_ROLES_CLAIM", "roles");
        String jwks = source.get("ARA_JWT_JWKS_URL").orElse(null);
        String secret = source.get("ARA_JWT_SECRET").orElse(null);
        String issuer = source.get("ARA_JWT_ISSUER").orElse(null);
        String audience = source.get("ARA_JWT_AUDIENCE").orElse(null);
        if (jwks != null && secret != null) {
            throw new InvalidConfiguration("ARA_JWT_SECRET", "set either ARA_JWT_JWKS_URL or ARA_JWT_SECRET, not both");
        }
        if (jwks != null) {
            URI url;
            try {
                url = URI.create(jwks);
            } catch (IllegalArgumentException e) {
                throw new InvalidConfiguration("ARA_JWT_JWKS_URL", "is not a URL: " + jwks);
            }
            if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme()) || url.getHost() == null) {
                throw new InvalidConfiguration("ARA_JWT_JWKS_URL", "must be an http(s) URL, got " + jwks);
            }
            if (issuer == null) {
                throw new InvalidConfiguration("ARA_JWT_ISSUER", "is required with ARA_JWT_JWKS_URL");
            }
            if (audience == null) {
                throw new InvalidConfiguration("ARA_JWT_AUDIENCE", "is required with ARA_JWT_JWKS_URL");
            }
            String algorithm = source.get("ARA_JWT_ALGORITHM", "RS256");
            if (!algorithm.equals("RS256") && !algorithm.equals("ES256")) {
                throw new InvalidConfiguration("ARA_JWT_ALGORITHM", "must be RS256 or ES256, got " + algorithm);
            }
            return new Jwks(url, issuer, audience, algorithm, rolesClaim);
        }
        if (source.get("ARA_JWT_ALGORITHM").isPresent()) {
            throw new InvalidConfiguration("ARA_JWT_ALGORITHM", "applies only with ARA_JWT_JWKS_URL (a secret is HS256)");
        }
        if (secret != null) {
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 32) {
                throw new InvalidConfiguration("ARA_JWT_SECRET", "must be at least 32 bytes, got " + bytes.length);
            }
            return new SharedSecret(bytes, issuer, audience, rolesClaim);
        }
        if (issuer != null || audience != null) {
            throw new InvalidConfiguration(issuer != null ? "ARA_JWT_ISSUER" : "ARA_JWT_AUDIENCE",
                    "is set but neither ARA_JWT_JWKS_URL nor ARA_JWT_SECRET is");
        }
        return new Local(rolesClaim);
    }
}
