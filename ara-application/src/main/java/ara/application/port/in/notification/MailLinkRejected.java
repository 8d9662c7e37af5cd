package ara.application.port.in.notification;

import java.util.Objects;

/** A token from a mailed link (resume, unsubscribe) was not accepted; the rule says why, never the token. */
public final class MailLinkRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The token is not of the form ARA issues. */
    public static final String MALFORMED = "malformed";
    /** The token is well formed but unknown, expired or revoked, or its signature does not match. */
    public static final String NOT_VALID = "not_valid";

    private final String rule;

    public MailLinkRejected(String rule, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule the token broke ({@link #MALFORMED}, {@link #NOT_VALID}). */
    public String rule() {
        return rule;
    }
}
