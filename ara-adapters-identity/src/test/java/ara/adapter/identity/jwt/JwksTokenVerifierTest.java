package ara.adapter.identity.jwt;

import static ara.adapter.identity.jwt.TamperedTokenTest.rsaKey;
import static ara.adapter.identity.jwt.Tokens.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ara.domain.identity.TokenRejected;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The verifier against a real JWKS document served over HTTP on 127.0.0.1. */
class JwksTokenVerifierTest {

    private static final Clock CLOCK = Clock.fixed(Tokens.NOW, ZoneOffset.UTC);
    private static final RSAKey KEY_1 = rsaKey("key-1");
    private static final RSAKey KEY_2 = rsaKey("key-2");

    @Test
    void verifiesAnRs256TokenAndCachesTheKeys() throws IOException {
        try (JwksServer server = new JwksServer(KEY_1); NimbusTokenVerifier verifier = verifier(server.url())) {
            assertThat(verifier.verify(Tokens.rsa(KEY_1, claims().build())).isAdmin()).isTrue();
            assertThat(verifier.verify(Tokens.rsa(KEY_1, claims().subject("bob").build())).subject()).isEqualTo("bob");

            assertThat(server.fetches()).isEqualTo(1);
        }
    }

    @Test
    void rejectsATokenSignedByAKeyNotInTheSet() throws IOException {
        try (JwksServer server = new JwksServer(KEY_1); NimbusTokenVerifier verifier = verifier(server.url())) {
            assertThat(verifier.verify(Tokens.rsa(KEY_1, claims().build())).subject()).isEqualTo("alice");

            // The first unknown key id triggers one refresh; the next is refused without another fetch.
            assertRejected(verifier, Tokens.rsa(rsaKey("stranger"), claims().build()), "unknown_key");
            assertRejected(verifier, Tokens.rsa(rsaKey("stranger-2"), claims().build()), "unknown_key");
            assertThat(server.fetches()).isEqualTo(2);
        }
    }

    @Test
    void rejectsAKnownKeyIdOverAnotherKeysSignature() throws IOException {
        try (JwksServer server = new JwksServer(KEY_1); NimbusTokenVerifier verifier = verifier(server.url())) {
            assertRejected(verifier, Tokens.rsa(rsaKey("forger"), "key-1", claims().build()), "bad_signature");
        }
    }

    @Test
    void picksUpARotatedKey() throws IOException {
        try (JwksServer server = new JwksServer(KEY_1); NimbusTokenVerifier verifier = verifier(server.url())) {
            assertThat(verifier.verify(Tokens.rsa(KEY_1, claims().build())).subject()).isEqualTo("alice");

            server.serve(KEY_2);

            assertThat(verifier.verify(Tokens.rsa(KEY_2, claims().subject("bob").build())).subject())
                    .isEqualTo("bob");
            assertThat(server.fetches()).isEqualTo(2);
        }
    }

    @Test
    void anUnreachableEndpointIsKeyUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (NimbusTokenVerifier verifier =
                     verifier(URI.create("http://127.0.0.1:" + closedPort + "/.well-known/jwks.json"))) {
            assertRejected(verifier, Tokens.rsa(KEY_1, claims().build()), "key_unavailable");
        }
    }

    @Test
    void anEndpointAnsweringErrorsIsKeyUnavailable() throws IOException {
        try (JwksServer server = new JwksServer(KEY_1); NimbusTokenVerifier verifier = verifier(server.url())) {
            server.fail(503);

            assertRejected(verifier, Tokens.rsa(KEY_1, claims().build()), "key_unavailable");
        }
    }

    @Test
    void anEndpointThatWentDownIsKeyUnavailableOnceTheCacheNeedsIt() throws IOException {
        JwksServer server = new JwksServer(KEY_1);
        try (NimbusTokenVerifier verifier = verifier(server.url())) {
            assertThat(verifier.verify(Tokens.rsa(KEY_1, claims().build())).subject()).isEqualTo("alice");
            server.close();

            // A token for a new key forces a refresh, which fails.
            assertRejected(verifier, Tokens.rsa(KEY_2, claims().build()), "key_unavailable");
        } finally {
            server.close();
        }
    }

    @Test
    void verifiesEs256WhenConfigured() throws IOException, JOSEException {
        ECKey ecKey = new ECKeyGenerator(Curve.P_256).keyID("ec-1").keyUse(KeyUse.SIGNATURE).generate();
        String token = Tokens.sign(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(), claims().build(),
                new ECDSASigner(ecKey));
        try (JwksServer server = new JwksServer(ecKey, KEY_1);
             NimbusTokenVerifier verifier = new NimbusTokenVerifier(
                     JwtSettings.jwks(server.url(), Tokens.ISSUER, Tokens.AUDIENCE).withAlgorithm(JwtAlgorithm.ES256),
                     CLOCK)) {
            assertThat(verifier.verify(token).subject()).isEqualTo("alice");
            assertRejected(verifier, Tokens.rsa(KEY_1, claims().build()), "algorithm_not_allowed");
        }
    }

    private static NimbusTokenVerifier verifier(URI url) {
        return new NimbusTokenVerifier(JwtSettings.jwks(url, Tokens.ISSUER, Tokens.AUDIENCE), CLOCK);
    }

    private static void assertRejected(NimbusTokenVerifier verifier, String token, String reason) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
