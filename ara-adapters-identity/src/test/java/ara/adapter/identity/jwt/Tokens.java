package ara.adapter.identity.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Test helper: claims and signed tokens built with nimbus directly, so tests can forge what the issuer never would. */
final class Tokens {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final String ISSUER = "https://id.ara.test/";
    static final String AUDIENCE = "ara";

    private Tokens() {
    }

    /** Valid claims: alice, admin, with email, issued now, valid ten minutes. */
    static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .subject("alice")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(600)))
                .claim("email", "alice@example.com")
                .claim("roles", List.of("admin", "Auditor"));
    }

    static String hmac(byte[] secret, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        return sign(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), claims, mac(secret));
    }

    static String hmac(byte[] secret, JWTClaimsSet claims) {
        return hmac(secret, JWSAlgorithm.HS256, claims);
    }

    static String rsa(RSAKey key, JWTClaimsSet claims) {
        return rsa(key, key.getKeyID(), claims);
    }

    static String rsa(RSAKey key, String keyId, JWTClaimsSet claims) {
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims, new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Signs an arbitrary payload, e.g. claims of the wrong JSON types. */
    static String signRaw(byte[] secret, String payloadJson) {
        JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(payloadJson));
        try {
            jws.sign(mac(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jws.serialize();
    }

    static MACSigner mac(byte[] secret) {
        try {
            return new MACSigner(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }
}
