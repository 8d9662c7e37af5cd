package ara.application.port.out.notification;

/**
 * Outbound port: hands one rendered message to the mail channel (an SMTP server, or a file when none is configured).
 * Implementations are thread-safe.
 */
public interface Mailer {

    /**
     * Sends the message, or writes it where the operator can read it.
     *
     * @throws MailNotSent when the message was not accepted; {@link MailNotSent#permanent()} tells a refusal that
     *                     will not change (a bounce) from trouble that a later attempt may not meet
     */
    void send(MailMessage message);
}
