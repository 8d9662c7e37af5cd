package ara.domain.identity;

/** The resource has an owner and the caller presented no identity (no bearer token, no guest token). */
public final class AuthenticationRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationRequired(String what) {
        super(what + " needs a signed-in user (Authorization: Bearer) or the audit's guest token (X-Guest-Token)");
    }
}
