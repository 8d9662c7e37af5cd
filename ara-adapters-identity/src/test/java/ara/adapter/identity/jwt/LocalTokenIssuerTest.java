package ara.adapter.identity.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalTokenIssuerTest {

    private static final byte[] SECRET = "an-embedded-secret-of-32-bytes!!".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final JwtSettings SETTINGS = JwtSettings.sharedSecret(SECRET, "ara-local", "ara");

    private final LocalTokenIssuer issuer = new LocalTokenIssuer(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void issuesAnHs256TokenWithTheRequestedClaims() throws ParseException {
        String token = issuer.issue(LocalTokenRequest.of("alice", Set.of("Admin", "auditor"))
                .withEmail("alice@example.com").withLifetime(Duration.ofHours(12)));

        SignedJWT jwt = SignedJWT.parse(token);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getIssuer()).isEqualTo("ara-local");
        assertThat(claims.getAudience()).containsExactly("ara");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(NOW);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(12)));
        assertThat(claims.getStringListClaim("roles")).containsExactlyInAnyOrder("admin", "auditor");
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void theVerifierOnTheSameSettingsAcceptsIt() {
        String token = issuer.issue(LocalTokenRequest.of("alice", Set.of("admin")).withEmail("alice@example.com"));

        UserIdentity user = new NimbusTokenVerifier(SETTINGS, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC))
                .verify(token);

        assertThat(user).isEqualTo(new UserIdentity("alice", "alice@example.com", Set.of("admin")));
    }

    @Test
    void itsTokensExpire() {
        String token = issuer.issue(LocalTokenRequest.of("alice", Set.of()).withLifetime(Duration.ofMinutes(5)));
        NimbusTokenVerifier later = new NimbusTokenVerifier(SETTINGS,
                Clock.fixed(NOW.plus(Duration.ofMinutes(7)), ZoneOffset.UTC));

        assertThatThrownBy(() -> later.verify(token))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo("expired"));
    }

    @Test
    void issuerAndAudienceCanBeOverridden() {
        String token = issuer.issue(LocalTokenRequest.of("alice", Set.of()).withIssuer("elsewhere").withAudience("x"));

        assertThatThrownBy(() -> new NimbusTokenVerifier(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC)).verify(token))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo("wrong_issuer"));
    }

    @Test
    void writesRolesIntoTheConfiguredClaim() throws ParseException {
        JwtSettings custom = SETTINGS.withRolesClaim("groups");
        String token = new LocalTokenIssuer(custom, Clock.fixed(NOW, ZoneOffset.UTC))
                .issue(LocalTokenRequest.of("alice", Set.of("admin")));

        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getStringListClaim("groups")).containsExactly("admin");
        assertThat(new NimbusTokenVerifier(custom, Clock.fixed(NOW, ZoneOffset.UTC)).verify(token).isAdmin()).isTrue();
    }

    @Test
    void needsSharedSecretSettings() {
        JwtSettings jwks = JwtSettings.jwks(URI.create("https://id.example/jwks.json"), "iss", "aud");

        assertThatThrownBy(() -> new LocalTokenIssuer(jwks, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requestsAreValidated() {
        assertThatThrownBy(() -> LocalTokenRequest.of(" ", Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalTokenRequest.of("alice", Set.of("a b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalTokenRequest.of("alice", Set.of()).withLifetime(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
