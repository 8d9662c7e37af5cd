package ara.application.port.out.identity;

import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;

/**
 * Outbound port: verifies a bearer token (a JWT) and says whose it is. The algorithm, issuer and audience come from
 * configuration, never from the token. Implementations are thread-safe.
 */
public interface TokenVerifier {

    /**
     * @param token the compact token from {@code Authorization: Bearer <token>}
     * @throws TokenRejected for any token that does not verify, whatever the reason (never another exception)
     */
    UserIdentity verify(String token);
}
