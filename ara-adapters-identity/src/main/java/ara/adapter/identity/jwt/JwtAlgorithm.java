package ara.adapter.identity.jwt;

import com.nimbusds.jose.JWSAlgorithm;

/**
 * The one JWS algorithm a verifier accepts. It comes from configuration, never from a token: HS256 for a shared
 * secret, RS256 or ES256 for keys published as a JWKS.
 */
public enum JwtAlgorithm {
    /** HMAC with SHA-256 and a shared secret of at least 32 bytes. */
    HS256(JWSAlgorithm.HS256, true),
    /** RSASSA-PKCS1-v1_5 with SHA-256 (the usual choice of Auth0, Clerk, Keycloak and Cognito). */
    RS256(JWSAlgorithm.RS256, false),
    /** ECDSA on P-256 with SHA-256. */
    ES256(JWSAlgorithm.ES256, false);

    private final JWSAlgorithm jws;
    private final boolean symmetric;

    JwtAlgorithm(JWSAlgorithm jws, boolean symmetric) {
        this.jws = jws;
        this.symmetric = symmetric;
    }

    /** Whether the algorithm needs a shared secret (true) or public keys (false). */
    public boolean symmetric() {
        return symmetric;
    }

    JWSAlgorithm jws() {
        return jws;
    }
}
