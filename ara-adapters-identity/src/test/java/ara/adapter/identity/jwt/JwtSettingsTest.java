package ara.adapter.identity.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JwtSettingsTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final URI JWKS = URI.create("https://tenant.example/.well-known/jwks.json");

    @Test
    void jwksDefaultsToRs256TheRolesClaimAndSixtySecondsSkew() {
        JwtSettings settings = JwtSettings.jwks(JWKS, "https://tenant.example/", "ara");

        assertThat(settings.algorithm()).isEqualTo(JwtAlgorithm.RS256);
        assertThat(settings.rolesClaim()).isEqualTo("roles");
        assertThat(settings.clockSkew()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.jwksCache()).isEqualTo(JwksCacheSettings.DEFAULT);
        assertThat(settings.usesJwks()).isTrue();
        assertThat(settings.withAlgorithm(JwtAlgorithm.ES256).algorithm()).isEqualTo(JwtAlgorithm.ES256);
    }

    @Test
    void aSharedSecretIsHs256() {
        assertThat(JwtSettings.sharedSecret(SECRET, null, null).algorithm()).isEqualTo(JwtAlgorithm.HS256);
    }

    @Test
    void needsExactlyOneKeySource() {
        assertThatThrownBy(() -> new JwtSettings(JWKS, SECRET, JwtAlgorithm.RS256, "i", "a", "roles",
                Duration.ZERO, JwksCacheSettings.DEFAULT)).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new JwtSettings(null, null, JwtAlgorithm.RS256, "i", "a", "roles",
                Duration.ZERO, JwksCacheSettings.DEFAULT)).hasMessageContaining("exactly one");
    }

    @Test
    void refusesASecretShorterThan32Bytes() {
        assertThatThrownBy(() -> JwtSettings.sharedSecret(new byte[31], null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void pinsTheAlgorithmToTheKeySource() {
        assertThatThrownBy(() -> JwtSettings.sharedSecret(SECRET, null, null).withAlgorithm(JwtAlgorithm.RS256))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtSettings.jwks(JWKS, "i", "a").withAlgorithm(JwtAlgorithm.HS256))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJwksNeedsIssuerAndAudience() {
        assertThatThrownBy(() -> JwtSettings.jwks(JWKS, null, "ara")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtSettings.jwks(JWKS, "iss", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtSettings.jwks(JWKS, " ", "ara")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJwksUrlMustBeAbsoluteHttp() {
        assertThatThrownBy(() -> JwtSettings.jwks(URI.create("file:///etc/jwks.json"), "i", "a"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JwtSettings.jwks(URI.create("/jwks.json"), "i", "a"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSkewIsAtMostSixtySeconds() {
        JwtSettings settings = JwtSettings.sharedSecret(SECRET, null, null);

        assertThatThrownBy(() -> settings.withClockSkew(Duration.ofSeconds(61)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withClockSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(settings.withClockSkew(Duration.ZERO).clockSkew()).isZero();
    }

    @Test
    void theRolesClaimMustNotBeBlank() {
        assertThatThrownBy(() -> JwtSettings.sharedSecret(SECRET, null, null).withRolesClaim(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsOrSharesTheSecret() {
        byte[] secret = SECRET.clone();
        JwtSettings settings = JwtSettings.sharedSecret(secret, null, null);
        secret[0] = 'X';
        settings.hmacSecret()[1] = 'Y';

        assertThat(settings.hmacSecret()).isEqualTo(SECRET);
        assertThat(settings.toString()).doesNotContain("0123456789abcdef").contains("32 bytes");
        assertThat(settings).isEqualTo(JwtSettings.sharedSecret(SECRET, null, null))
                .hasSameHashCodeAs(JwtSettings.sharedSecret(SECRET, null, null));
    }

    @Test
    void cacheSettingsMustFitTogether() {
        assertThatThrownBy(() -> new JwksCacheSettings(Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwksCacheSettings(Duration.ofMinutes(5), Duration.ofSeconds(15),
                Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JwksCacheSettings(Duration.ofMinutes(5), Duration.ZERO,
                Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
