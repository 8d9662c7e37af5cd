package ara.adapter.identity.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues HS256 tokens with the shared secret of HS256 {@link JwtSettings} (the local secret of the embedded default),
 * for the {@code bin/ara token} ops command and for tests. Issuer and audience default to the settings', roles go
 * into the settings' roles claim as an array, so a {@link NimbusTokenVerifier} on the same settings accepts them.
 * Immutable, thread-safe.
 */
public final class LocalTokenIssuer {

    private final JwtSettings settings;
    private final MACSigner signer;
    private final Clock clock;

    /**
     * @throws IllegalArgumentException if {@code settings} use a JWKS URL rather than a shared secret
     */
    public LocalTokenIssuer(JwtSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (settings.usesJwks()) {
            throw new IllegalArgumentException("local tokens need settings with a shared secret, not a JWKS URL");
        }
        try {
            this.signer = new MACSigner(settings.hmacSecret());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("the shared secret cannot sign HS256", e);
        }
    }

    /** A compact signed token for {@code request}, issued now. */
    public String issue(LocalTokenRequest request) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(request.subject())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(request.lifetime())))
                .jwtID(UUID.randomUUID().toString())
                .claim(settings.rolesClaim(), List.copyOf(request.roles()));
        String issuer = request.issuer() != null ? request.issuer() : settings.issuer();
        String audience = request.audience() != null ? request.audience() : settings.audience();
        if (issuer != null) {
            claims.issuer(issuer);
        }
        if (audience != null) {
            claims.audience(audience);
        }
        if (request.email() != null) {
            claims.claim("email", request.email());
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }
}
