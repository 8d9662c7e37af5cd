package ara.adapter.identity.jwt;

import static ara.adapter.identity.jwt.Tokens.at;
import static ara.adapter.identity.jwt.Tokens.claims;
import static ara.adapter.identity.jwt.Tokens.hmac;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ara.domain.identity.TokenRejected;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.PlainJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tampered-token battery: every forged, broken or out-of-policy token is a {@link TokenRejected} with the
 * right reason, never another exception. HS cases go to an HS256 verifier (issuer and audience checked); RS cases
 * to an RS256 verifier reading a real JWKS over HTTP.
 */
class TamperedTokenTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    // 64 bytes, so the same secret can also sign HS384 and HS512 forgeries.
    private static final byte[] SECRET = random(64);
    private static final byte[] OTHER_SECRET = random(64);
    private static final RSAKey RSA = rsaKey("rsa-1");

    private static JwksServer jwks;
    private static NimbusTokenVerifier hsVerifier;
    private static NimbusTokenVerifier rsVerifier;

    enum Target { HS, RS }

    @BeforeAll
    static void startVerifiers() throws IOException {
        Clock clock = Clock.fixed(Tokens.NOW, ZoneOffset.UTC);
        hsVerifier = new NimbusTokenVerifier(JwtSettings.sharedSecret(SECRET, Tokens.ISSUER, Tokens.AUDIENCE), clock);
        jwks = new JwksServer(RSA);
        rsVerifier = new NimbusTokenVerifier(JwtSettings.jwks(jwks.url(), Tokens.ISSUER, Tokens.AUDIENCE), clock);
    }

    @AfterAll
    static void stop() {
        rsVerifier.close();
        hsVerifier.close();
        jwks.close();
    }

    static Stream<Arguments> tamperedTokens() throws JOSEException {
        String valid = hmac(SECRET, claims().build());
        String[] parts = valid.split("\\.");
        String validRs = Tokens.rsa(RSA, claims().build());
        String header = parts[0];
        String payload = parts[1];
        String signature = parts[2];
        return Stream.of(
                // Signatures
                hs("flipped signature byte", header + "." + payload + "." + flipFirst(signature), "bad_signature"),
                hs("signed with another secret", hmac(OTHER_SECRET, claims().build()), "bad_signature"),
                hs("payload changed, signature kept",
                        header + "." + encode("{\"sub\":\"mallory\",\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\""
                                + Tokens.AUDIENCE + "\",\"exp\":" + at(600).getTime() / 1000
                                + ",\"roles\":[\"admin\"]}") + "." + signature, "bad_signature"),
                hs("signature truncated", valid.substring(0, valid.length() - 8), "bad_signature"),
                hs("signature removed", header + "." + payload + ".", "malformed"),
                rs("RS256 signature over another key", Tokens.rsa(rsaKey("rsa-1"), claims().build()), "bad_signature"),
                // alg none
                hs("unsigned PlainJWT (alg none)", new PlainJWT(claims().build()).serialize(), "algorithm_not_allowed"),
                hs("header rewritten to alg none, signature kept",
                        encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + "." + signature,
                        "algorithm_not_allowed"),
                hs("header rewritten to alg none, signature stripped",
                        encode("{\"alg\":\"none\"}") + "." + payload + ".", "algorithm_not_allowed"),
                hs("header rewritten to alg None", encode("{\"alg\":\"None\"}") + "." + payload + "." + signature,
                        "algorithm_not_allowed"),
                rs("alg none against the RS256 verifier", new PlainJWT(claims().build()).serialize(),
                        "algorithm_not_allowed"),
                // Algorithm confusion
                rs("HS256 signed with the RSA public key's bytes",
                        hmac(RSA.toRSAPublicKey().getEncoded(), claims().build()), "algorithm_not_allowed"),
                rs("HS256 signed with the RSA public JWK's JSON",
                        hmac(RSA.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8), claims().build()),
                        "algorithm_not_allowed"),
                hs("RS256 token against the HS256 verifier", validRs, "algorithm_not_allowed"),
                hs("HS384 while HS256 is pinned", hmac(SECRET, JWSAlgorithm.HS384, claims().build()),
                        "algorithm_not_allowed"),
                hs("HS512 while HS256 is pinned", hmac(SECRET, JWSAlgorithm.HS512, claims().build()),
                        "algorithm_not_allowed"),
                // Encrypted instead of signed
                hs("JWE (dir, A256GCM) instead of JWS", jweDirect(), "algorithm_not_allowed"),
                rs("JWE (RSA-OAEP-256) instead of JWS", jweRsa(), "algorithm_not_allowed"),
                // Time
                hs("expired beyond the skew", hmac(SECRET, claims().expirationTime(at(-61)).build()), "expired"),
                hs("expired long ago", hmac(SECRET, claims().expirationTime(at(-86_400)).build()), "expired"),
                hs("not yet valid beyond the skew", hmac(SECRET, claims().notBeforeTime(at(61)).build()),
                        "not_yet_valid"),
                hs("missing exp", hmac(SECRET, claims().expirationTime(null).build()), "missing_expiry"),
                rs("RS256 expired", Tokens.rsa(RSA, claims().expirationTime(at(-3600)).build()), "expired"),
                // Issuer and audience
                hs("wrong issuer", hmac(SECRET, claims().issuer("https://evil.example/").build()), "wrong_issuer"),
                hs("missing issuer", hmac(SECRET, claims().issuer(null).build()), "missing_issuer"),
                hs("wrong audience", hmac(SECRET, claims().audience("someone-else").build()), "wrong_audience"),
                hs("missing audience", hmac(SECRET, claims().audience((String) null).build()), "missing_audience"),
                rs("RS256 wrong audience", Tokens.rsa(RSA, claims().audience(List.of("x", "y")).build()),
                        "wrong_audience"),
                rs("RS256 wrong issuer", Tokens.rsa(RSA, claims().issuer("https://id.ara.test").build()),
                        "wrong_issuer"),
                // Subject
                hs("missing subject", hmac(SECRET, claims().subject(null).build()), "missing_subject"),
                hs("blank subject", hmac(SECRET, claims().subject("   ").build()), "missing_subject"),
                hs("subject too long", hmac(SECRET, claims().subject("a".repeat(256)).build()), "invalid_subject"),
                hs("numeric subject", hmac(SECRET, claims().subject(null).claim("sub", 42).build()), "invalid_subject"),
                // Header
                hs("typ not a JWT", Tokens.sign(new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("secevent+jwt")).build(), claims().build(), Tokens.mac(SECRET)),
                        "wrong_type"),
                // Garbage
                hs("empty string", "", "malformed"),
                hs("null", null, "malformed"),
                hs("a.b.c", "a.b.c", "malformed"),
                hs("random base64", Base64.getUrlEncoder().encodeToString(random(96)), "malformed"),
                hs("three random base64 segments", encode(random(20)) + "." + encode(random(30)) + "." + encode(random(32)),
                        "malformed"),
                hs("JSON instead of a token", "{\"sub\":\"alice\",\"roles\":[\"admin\"]}", "malformed"),
                hs("Bearer prefix left on", "Bearer " + valid, "malformed"),
                hs("very long token", hmac(SECRET, claims().claim("padding", "x".repeat(9_000)).build()), "too_long"),
                hs("truncated to header and payload", header + "." + payload, "malformed"),
                hs("truncated in the payload", valid.substring(0, header.length() + 10), "malformed"),
                hs("extra segment", valid + ".AAAA", "malformed"),
                hs("header not JSON", encode("not json") + "." + payload + "." + signature, "malformed"),
                hs("exp as a string, validly signed",
                        Tokens.signRaw(SECRET, "{\"sub\":\"alice\",\"exp\":\"tomorrow\"}"), "malformed"),
                hs("payload not JSON, validly signed", Tokens.signRaw(SECRET, "alice is admin"), "malformed"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {3}")
    @MethodSource("tamperedTokens")
    void rejectsTamperedToken(String name, Target target, String token, String reason) {
        NimbusTokenVerifier verifier = target == Target.HS ? hsVerifier : rsVerifier;

        assertThatThrownBy(() -> verifier.verify(token))
                .as(name)
                .isInstanceOfSatisfying(TokenRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void batteryHasAtLeastTwentyCases() throws JOSEException {
        assertThat(tamperedTokens().count()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theUntamperedTokensVerify() {
        assertThat(hsVerifier.verify(hmac(SECRET, claims().build())).isAdmin()).isTrue();
        assertThat(rsVerifier.verify(Tokens.rsa(RSA, claims().build())).subject()).isEqualTo("alice");
    }

    private static Arguments hs(String name, String token, String reason) {
        return Arguments.of(name, Target.HS, token, reason);
    }

    private static Arguments rs(String name, String token, String reason) {
        return Arguments.of(name, Target.RS, token, reason);
    }

    private static String flipFirst(String segment) {
        char first = segment.charAt(0);
        return (first == 'A' ? 'B' : 'A') + segment.substring(1);
    }

    private static String encode(String text) {
        return Base64URL.encode(text).toString();
    }

    private static String encode(byte[] bytes) {
        return Base64URL.encode(bytes).toString();
    }

    private static String jweDirect() throws JOSEException {
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                claims().build());
        jwe.encrypt(new DirectEncrypter(random(32)));
        return jwe.serialize();
    }

    private static String jweRsa() throws JOSEException {
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
                claims().build());
        jwe.encrypt(new RSAEncrypter(RSA.toRSAPublicKey()));
        return jwe.serialize();
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
