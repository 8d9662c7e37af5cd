package ara.application.port.in.notification;

/** The mail channel could not take a message now (its server unreachable or busy); nothing was sent, retry later. */
public final class MailUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
