package ara.application.service.identity;

import ara.application.port.out.identity.TokenVerifier;
import ara.domain.identity.TokenRejected;
import ara.domain.identity.UserIdentity;

import java.util.Set;

/**
 * Test double of the token verifier (the real one checks JWTs against an identity provider): a token
 * {@code valid:<subject>} verifies as that user (with the admin role for {@code valid:<subject>:admin}), a token
 * {@code expired:<subject>} is rejected as expired, anything else as malformed. Stateless.
 */
final class PrefixTokenVerifier implements TokenVerifier {
    @Override
    public UserIdentity verify(String token) {
        String[] parts = token.split(":", -1);
        if (parts.length >= 2 && parts[0].equals("expired")) {
            throw new TokenRejected("expired");
        }
        if (parts.length == 2 && parts[0].equals("valid")) {
            return new UserIdentity(parts[1], parts[1] + "@example.org", Set.of());
        }
        if (parts.length == 3 && parts[0].equals("valid") && parts[2].equals(UserIdentity.ADMIN)) {
            return new UserIdentity(parts[1], parts[1] + "@example.org", Set.of(UserIdentity.ADMIN));
        }
        throw new TokenRejected("malformed");
    }
}
