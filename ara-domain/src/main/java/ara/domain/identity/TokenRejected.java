package ara.domain.identity;

/**
 * A bearer token was not accepted (bad signature, wrong algorithm, expired, wrong issuer or audience, malformed…).
 * The reason is for logs and the audit log; clients only learn that the token was rejected.
 */
public final class TokenRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    public TokenRejected(String reason) {
        super("token rejected: " + reason);
        this.reason = reason;
    }

    public TokenRejected(String reason, Throwable cause) {
        super("token rejected: " + reason, cause);
        this.reason = reason;
    }

    /** A short machine-friendly reason, e.g. {@code expired}, {@code bad_signature}, {@code wrong_issuer}. */
    public String reason() {
        return reason;
    }
}
