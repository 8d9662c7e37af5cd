package ara.domain.identity;

import java.util.Optional;

/**
 * Value object: who is calling, and from where. A signed-in user, a guest presenting an audit's token, both at once
 * (a user claiming a guest audit), or nobody. Immutable.
 *
 * @param user       the verified user, or {@code null}
 * @param guestToken the guest token presented, or {@code null}
 * @param requestId  the request's id, for the audit log (may be {@code null} outside HTTP)
 * @param clientIp   the client's address as the web adapter resolved it (may be {@code null})
 */
public record Caller(UserIdentity user, GuestToken guestToken, String requestId, String clientIp) {
    private static final Caller ANONYMOUS = new Caller(null, null, null, null);

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller user(UserIdentity user) {
        return new Caller(user, null, null, null);
    }

    public static Caller guest(GuestToken token) {
        return new Caller(null, token, null, null);
    }

    /** The same caller seen on a given request. */
    public Caller from(String newRequestId, String newClientIp) {
        return new Caller(user, guestToken, newRequestId, newClientIp);
    }

    /** Who acted, for the audit log: {@code user:<subject>}, {@code guest} or {@code anonymous}. */
    public String actor() {
        return user != null ? "user:" + user.subject() : guestToken != null ? "guest" : "anonymous";
    }

    public boolean isAnonymous() {
        return user == null && guestToken == null;
    }

    public boolean isAdmin() {
        return user != null && user.isAdmin();
    }

    public Optional<UserIdentity> signedIn() {
        return Optional.ofNullable(user);
    }

    public Optional<GuestToken> guest() {
        return Optional.ofNullable(guestToken);
    }
}
