package ara.application.port.out.notification;

/**
 * A message was not accepted by the mail channel. Permanent when the server refused it for good (an unknown or
 * refused recipient: a bounce, retrying does not help); otherwise the server was unreachable, busy or refused for now,
 * and a later attempt may succeed. The message never holds a password.
 */
public final class MailNotSent extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailNotSent(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    /** Whether retrying the same message is pointless. */
    public boolean permanent() {
        return permanent;
    }
}
