package ara.adapter.identity.jwt;

import ara.application.port.out.identity.TokenVerifier;
import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;
import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identity adapter: verifies bearer JWTs with nimbus-jose-jwt, against keys from a JWKS URL (cached and refreshed)
 * or a shared HS256 secret. Only the configured algorithm is accepted, whatever the token's header says; unsigned
 * and encrypted tokens are refused. Every failure becomes a {@link TokenRejected} with a short reason code.
 *
 * <p>Thread-safe. {@link #close()} stops the JWKS background refresh.
 */
public final class NimbusTokenVerifier implements TokenVerifier, AutoCloseable {

    /** Tokens longer than this are refused before parsing. */
    public static final int MAX_TOKEN_LENGTH = 8 * 1024;

    // Plain "JWT" (most providers), none at all, or RFC 9068 access tokens ("at+jwt", e.g. Auth0).
    // A list: JOSEObjectType compares ignoring case, but its hash code does not.
    private static final List<JOSEObjectType> ALLOWED_TYPES =
            List.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"));

    private final JwtAlgorithm algorithm;
    private final String rolesClaim;
    private final JWKSource<SecurityContext> keys;
    private final DefaultJWTProcessor<SecurityContext> processor;

    /** A verifier on the system clock. */
    public NimbusTokenVerifier(JwtSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** A verifier whose {@code exp}/{@code nbf} checks read {@code clock}. */
    public NimbusTokenVerifier(JwtSettings settings, Clock clock) {
        this.algorithm = settings.algorithm();
        this.rolesClaim = settings.rolesClaim();
        this.keys = settings.usesJwks() ? remoteKeys(settings) : new ImmutableSecret<>(settings.hmacSecret());
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(
                JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithm.jws(), keys));
        processor.setJWTClaimsSetVerifier(new ClaimsPolicy(settings.issuer(), settings.audience(),
                settings.clockSkew().toSeconds(), clock));
    }

    @Override
    public UserIdentity verify(String token) {
        try {
            return identity(verifiedClaims(token));
        } catch (TokenRejected e) {
            throw e;
        } catch (RuntimeException e) {
            // The contract is TokenRejected and nothing else, even for a library bug on a hostile token.
            throw new TokenRejected("malformed", e);
        }
    }

    /** Stops the background refresh of JWKS keys (nothing to do with a shared secret). */
    @Override
    public void close() {
        if (keys instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                // Closing only stops executors; nothing is left to clean up if it fails.
            }
        }
    }

    /**
     * RFC 7519 makes {@code sub} a string; nimbus's claims set would turn a number into text, so the raw payload is
     * checked before it is read as claims (signature checks follow either way).
     */
    private static void requireTextSubject(SignedJWT signed) {
        Object subject;
        try {
            subject = signed.getPayload().toJSONObject() == null ? null : signed.getPayload().toJSONObject().get("sub");
        } catch (RuntimeException e) {
            throw new TokenRejected("malformed", e);
        }
        if (subject != null && !(subject instanceof String)) {
            throw new TokenRejected("invalid_subject");
        }
    }

    private JWTClaimsSet verifiedClaims(String token) {
        if (token == null || token.isBlank()) {
            throw new TokenRejected("malformed");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRejected("too_long");
        }
        SignedJWT signed = signedWithPinnedAlgorithm(token);
        requireTextSubject(signed);
        try {
            return processor.process(signed, null);
        } catch (ClaimsPolicy.Rejected e) {
            throw new TokenRejected(e.reason(), e);
        } catch (BadJWSException e) {
            throw new TokenRejected("bad_signature", e);
        } catch (BadJWTException e) {
            throw new TokenRejected("malformed", e); // the payload is not a valid claims set
        } catch (BadJOSEException e) {
            throw new TokenRejected("unknown_key", e); // algorithm and type are checked already: no key matched
        } catch (RateLimitReachedException e) {
            // The key set was fetched moments ago and does not hold the token's key.
            throw new TokenRejected("unknown_key", e);
        } catch (KeySourceException e) {
            throw new TokenRejected("key_unavailable", e);
        } catch (JOSEException e) {
            throw new TokenRejected("bad_signature", e);
        }
    }

    private SignedJWT signedWithPinnedAlgorithm(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            // "alg":"none" with a signature part does not even parse; report it for what it is.
            throw new TokenRejected(declaresNone(token) ? "algorithm_not_allowed" : "malformed", e);
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new TokenRejected("algorithm_not_allowed"); // unsigned (alg none) or encrypted (JWE)
        }
        if (!algorithm.jws().equals(signed.getHeader().getAlgorithm())) {
            throw new TokenRejected("algorithm_not_allowed");
        }
        JOSEObjectType type = signed.getHeader().getType();
        if (type != null && ALLOWED_TYPES.stream().noneMatch(type::equals)) {
            throw new TokenRejected("wrong_type");
        }
        return signed;
    }

    private static boolean declaresNone(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            return Algorithm.NONE.equals(Header.parse(new Base64URL(token.substring(0, dot))).getAlgorithm());
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    private UserIdentity identity(JWTClaimsSet claims) {
        Object email = claims.getClaim("email");
        return new UserIdentity(claims.getSubject(), email instanceof String text ? text : null, roles(claims));
    }

    private Set<String> roles(JWTClaimsSet claims) {
        Set<String> roles = new LinkedHashSet<>();
        Object value = roleClaimValue(claims.getClaims());
        if (value instanceof String text) {
            addRoles(roles, text.split("[\\s,]+"));
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof String text) {
                    addRoles(roles, text);
                }
            }
        }
        return roles;
    }

    // The claim by its full name first (Auth0's "https://example.com/roles"), then as a dotted path into nested
    // objects (Keycloak's "realm_access.roles").
    private Object roleClaimValue(Map<String, Object> claims) {
        if (claims.containsKey(rolesClaim)) {
            return claims.get(rolesClaim);
        }
        Object current = claims;
        for (String part : rolesClaim.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private static void addRoles(Set<String> roles, String... names) {
        for (String name : names) {
            String role = name.strip().toLowerCase(Locale.ROOT);
            if (!role.isEmpty()) {
                roles.add(role);
            }
        }
    }

    private static JWKSource<SecurityContext> remoteKeys(JwtSettings settings) {
        JwksCacheSettings cache = settings.jwksCache();
        int timeout = Math.toIntExact(cache.httpTimeout().toMillis());
        try {
            return JWKSourceBuilder.<SecurityContext>create(settings.jwksUrl().toURL(),
                            new DefaultResourceRetriever(timeout, timeout, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT))
                    .cache(cache.timeToLive().toMillis(), cache.refreshTimeout().toMillis())
                    .refreshAheadCache(cache.refreshAhead().toMillis(), false)
                    .rateLimited(cache.minRefreshInterval().toMillis())
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("jwksUrl is not a valid URL: " + settings.jwksUrl(), e);
        }
    }
}
