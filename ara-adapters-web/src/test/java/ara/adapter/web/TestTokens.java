package ara.adapter.web;

import ara.application.port.out.identity.TokenVerifier;
import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;

import java.util.Set;

/**
 * Test double of the token verifier (whose real adapter checks JWTs against an identity provider): the bearer token
 * {@code user:<subject>} is that user, {@code user:<subject>:admin} an admin; any other token is rejected with the
 * reason {@value #REJECTION_REASON}. Stateless, thread-safe.
 */
final class TestTokens implements TokenVerifier {
    /** The reason given for a token this verifier does not know; it must never reach a client. */
    static final String REJECTION_REASON = "bad_signature";

    @Override
    public UserIdentity verify(String token) {
        String[] parts = token.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[0].equals("user") || parts[1].isEmpty()
                || parts.length == 3 && !parts[2].equals(UserIdentity.ADMIN)) {
            throw new TokenRejected(REJECTION_REASON);
        }
        return new UserIdentity(parts[1], parts[1] + "@example.com",
                parts.length == 3 ? Set.of(UserIdentity.ADMIN) : Set.of());
    }
}
