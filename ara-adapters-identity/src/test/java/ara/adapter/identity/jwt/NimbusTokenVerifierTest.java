package ara.adapter.identity.jwt;

import static ara.adapter.identity.jwt.Tokens.at;
import static ara.adapter.identity.jwt.Tokens.claims;
import static ara.adapter.identity.jwt.Tokens.hmac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NimbusTokenVerifierTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Clock CLOCK = Clock.fixed(Tokens.NOW, ZoneOffset.UTC);

    private final NimbusTokenVerifier verifier =
            new NimbusTokenVerifier(JwtSettings.sharedSecret(SECRET, Tokens.ISSUER, Tokens.AUDIENCE), CLOCK);

    @Test
    void acceptsAValidHs256Token() {
        UserIdentity user = verifier.verify(hmac(SECRET, claims().build()));

        assertThat(user.subject()).isEqualTo("alice");
        assertThat(user.email()).isEqualTo("alice@example.com");
        assertThat(user.roles()).containsExactlyInAnyOrder("admin", "auditor");
        assertThat(user.isAdmin()).isTrue();
    }

    @Test
    void acceptsAnExpiredTokenWithinTheSkew() {
        assertThat(verifier.verify(hmac(SECRET, claims().expirationTime(at(-59)).build())).subject())
                .isEqualTo("alice");
    }

    @Test
    void acceptsANotYetValidTokenWithinTheSkew() {
        assertThat(verifier.verify(hmac(SECRET, claims().notBeforeTime(at(59)).build())).subject())
                .isEqualTo("alice");
    }

    @Test
    void aSmallerSkewIsHonoured() {
        NimbusTokenVerifier strict = new NimbusTokenVerifier(
                JwtSettings.sharedSecret(SECRET, null, null).withClockSkew(Duration.ofSeconds(5)), CLOCK);

        assertThatThrownBy(() -> strict.verify(hmac(SECRET, claims().expirationTime(at(-6)).build())))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo("expired"));
        assertThat(strict.verify(hmac(SECRET, claims().expirationTime(at(-4)).build())).subject()).isEqualTo("alice");
    }

    @Test
    void withoutConfiguredIssuerAndAudienceNeitherIsChecked() {
        NimbusTokenVerifier open = new NimbusTokenVerifier(JwtSettings.sharedSecret(SECRET, null, null), CLOCK);

        assertThat(open.verify(hmac(SECRET, claims().issuer(null).audience((String) null).build())).subject())
                .isEqualTo("alice");
        assertThat(open.verify(hmac(SECRET, claims().issuer("anyone").audience("anything").build())).subject())
                .isEqualTo("alice");
    }

    @Test
    void acceptsAnAudienceListContainingOurs() {
        assertThat(verifier.verify(hmac(SECRET, claims().audience(List.of("other", Tokens.AUDIENCE)).build()))
                .subject()).isEqualTo("alice");
    }

    @Test
    void acceptsAccessTokenTypeAndNoType() {
        String atJwt = Tokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("at+jwt")).build(),
                claims().build(), Tokens.mac(SECRET));
        String untyped = Tokens.sign(new JWSHeader(JWSAlgorithm.HS256), claims().build(), Tokens.mac(SECRET));

        assertThat(verifier.verify(atJwt).subject()).isEqualTo("alice");
        assertThat(verifier.verify(untyped).subject()).isEqualTo("alice");
    }

    @Test
    void readsRolesFromASpaceOrCommaSeparatedString() {
        UserIdentity user = verifier.verify(hmac(SECRET, claims().claim("roles", "Admin, auditor  viewer").build()));

        assertThat(user.roles()).containsExactlyInAnyOrder("admin", "auditor", "viewer");
    }

    @Test
    void missingRolesMeanNoRoles() {
        UserIdentity user = verifier.verify(hmac(SECRET, claims().claim("roles", null).claim("email", null).build()));

        assertThat(user.roles()).isEmpty();
        assertThat(user.isAdmin()).isFalse();
        assertThat(user.emailAddress()).isEmpty();
    }

    @Test
    void ignoresRolesOfTheWrongShape() {
        assertThat(verifier.verify(hmac(SECRET, claims().claim("roles", 42).build())).roles()).isEmpty();
        assertThat(verifier.verify(hmac(SECRET, claims().claim("roles", List.of(1, "admin")).build())).roles())
                .containsExactly("admin");
    }

    @Test
    void readsRolesFromAConfiguredClaim() {
        NimbusTokenVerifier auth0 = new NimbusTokenVerifier(
                JwtSettings.sharedSecret(SECRET, null, null).withRolesClaim("https://ara.example/roles"), CLOCK);
        NimbusTokenVerifier keycloak = new NimbusTokenVerifier(
                JwtSettings.sharedSecret(SECRET, null, null).withRolesClaim("realm_access.roles"), CLOCK);

        assertThat(auth0.verify(hmac(SECRET, claims().claim("https://ara.example/roles", List.of("admin")).build()))
                .isAdmin()).isTrue();
        assertThat(keycloak.verify(hmac(SECRET,
                claims().claim("realm_access", Map.of("roles", List.of("ADMIN"))).build())).isAdmin()).isTrue();
        assertThat(keycloak.verify(hmac(SECRET, claims().build())).roles()).isEmpty();
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> tokens = IntStream.range(0, 200)
                .mapToObj(i -> i % 2 == 0 ? hmac(SECRET, claims().subject("user-" + i).build()) : "garbage-" + i)
                .toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<String>> results = tokens.stream().map(token -> pool.submit(() -> outcome(token))).toList();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "user-" + i : "malformed");
            }
        }
    }

    private String outcome(String token) {
        try {
            return verifier.verify(token).subject();
        } catch (TokenRejected e) {
            return e.reason();
        }
    }
}
