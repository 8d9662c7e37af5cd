package ara.adapter.identity.jwt;

import ara.domain.identity.UserIdentity;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The claims a token must carry: {@code sub} and {@code exp} always, {@code iss} and {@code aud} when configured,
 * {@code exp}/{@code nbf} within the clock skew. Our own checks come first so each failure gets a precise reason
 * code; nimbus' {@link DefaultJWTClaimsVerifier} then runs the same rules as a backstop. Immutable, thread-safe.
 */
final class ClaimsPolicy extends DefaultJWTClaimsVerifier<SecurityContext> {

    private final String issuer;
    private final String audience;
    private final Clock clock;
    private final long skewSeconds;

    ClaimsPolicy(String issuer, String audience, long skewSeconds, Clock clock) {
        super(audience == null ? null : Set.of(audience), exactMatch(issuer), required(issuer, audience), null);
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
        this.skewSeconds = skewSeconds;
        setMaxClockSkew(Math.toIntExact(skewSeconds));
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        String violation = firstViolation(claims, clock.instant());
        if (violation != null) {
            throw new Rejected(violation);
        }
        try {
            super.verify(claims, context);
        } catch (BadJWTException e) {
            throw new Rejected("invalid_claims", e);
        }
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }

    private String firstViolation(JWTClaimsSet claims, Instant now) {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            return "missing_subject";
        }
        if (subject.length() > UserIdentity.SUBJECT_MAX) {
            return "invalid_subject";
        }
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            return "missing_expiry";
        }
        if (!now.isBefore(exp.toInstant().plusSeconds(skewSeconds))) {
            return "expired";
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && !nbf.toInstant().minusSeconds(skewSeconds).isBefore(now)) {
            return "not_yet_valid";
        }
        if (issuer != null) {
            if (claims.getIssuer() == null) {
                return "missing_issuer";
            }
            if (!issuer.equals(claims.getIssuer())) {
                return "wrong_issuer";
            }
        }
        if (audience != null) {
            List<String> audiences = claims.getAudience();
            if (audiences == null || audiences.isEmpty()) {
                return "missing_audience";
            }
            if (!audiences.contains(audience)) {
                return "wrong_audience";
            }
        }
        return null;
    }

    private static JWTClaimsSet exactMatch(String issuer) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        return issuer == null ? builder.build() : builder.issuer(issuer).build();
    }

    private static Set<String> required(String issuer, String audience) {
        Set<String> required = new HashSet<>(Set.of("sub", "exp"));
        if (issuer != null) {
            required.add("iss");
        }
        if (audience != null) {
            required.add("aud");
        }
        return required;
    }

    /** A claims failure carrying its reason code. */
    static final class Rejected extends BadJWTException {
        private static final long serialVersionUID = 1L;

        private final String reason;

        Rejected(String reason) {
            super(reason);
            this.reason = reason;
        }

        Rejected(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
