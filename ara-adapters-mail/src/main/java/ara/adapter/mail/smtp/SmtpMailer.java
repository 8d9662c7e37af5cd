package ara.adapter.mail.smtp;

import ara.adapter.mail.MimeComposer;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.notification.Mailer;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.time.Clock;
import java.util.Objects;
import java.util.Properties;

/**
 * Mail adapter: sends each message to an SMTP server (Angus Mail), over STARTTLS (required: a server that does not
 * offer it gets nothing) or TLS, the server's certificate checked against the trust store and its host name; plain
 * SMTP only when the settings say {@link SmtpSettings.Security#PLAIN}. One connection per message. Thread-safe.
 */
public final class SmtpMailer implements Mailer {
    private static final System.Logger LOG = System.getLogger(SmtpMailer.class.getName());
    private static final String PROTOCOL = "smtp";
    private static final String NO_REPLY_CODE = "no reply code";

    private final SmtpSettings settings;
    private final Session session;
    private final MimeComposer composer;

    public SmtpMailer(SmtpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.session = Session.getInstance(properties(settings));
        this.composer = new MimeComposer(settings.from(), clock);
    }

    static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String prefix = "mail." + PROTOCOL + ".";
        String millis = Long.toString(settings.timeout().toMillis());
        properties.put(prefix + "host", settings.host());
        properties.put(prefix + "port", Integer.toString(settings.port()));
        properties.put(prefix + "connectiontimeout", millis);
        properties.put(prefix + "timeout", millis);
        properties.put(prefix + "writetimeout", millis);
        properties.put(prefix + "from", settings.from().address());
        properties.put(prefix + "auth", Boolean.toString(settings.user().isPresent()));
        switch (settings.security()) {
            case STARTTLS -> {
                properties.put(prefix + "starttls.enable", "true");
                properties.put(prefix + "starttls.required", "true");
            }
            case TLS -> properties.put(prefix + "ssl.enable", "true");
            case PLAIN -> properties.put(prefix + "starttls.enable", "false");
        }
        if (settings.security() != SmtpSettings.Security.PLAIN) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
            properties.put(prefix + "ssl.protocols", "TLSv1.3 TLSv1.2");
            settings.socketFactory().ifPresent(factory -> properties.put(prefix + "ssl.socketFactory", factory));
            // Without this, a failed TLS connection (an unverified host name) is tried again with other sockets.
            properties.put(prefix + "socketFactory.fallback", "false");
        }
        return properties;
    }

    @Override
    public void send(MailMessage message) {
        try {
            MimeMessage mime = composer.compose(session, message);
            try (Transport transport = session.getTransport(PROTOCOL)) {
                transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                        settings.password().orElse(null));
                transport.sendMessage(mime, mime.getAllRecipients());
            }
        } catch (AuthenticationFailedException e) {
            throw new MailNotSent("the SMTP server " + server() + " refused the user name or password", false, e);
        } catch (MessagingException e) {
            boolean permanent = refusedForGood(e);
            String code = replyCode(e);
            throw new MailNotSent(permanent ? "the SMTP server " + server() + " refused the message for good ("
                    + code + ")" : "could not hand the message to the SMTP server " + server() + ": "
                    + (code.equals(NO_REPLY_CODE) ? describe(e) : "it answered " + code + "; try again later"),
                    permanent, e);
        }
        LOG.log(System.Logger.Level.DEBUG, "Mail {0} sent through {1}", composer.messageId(message), server());
    }

    /** A 5xx reply about the recipient or the message: sending it again will not help (a bounce). */
    private static boolean refusedForGood(MessagingException failure) {
        for (Exception cause = failure; cause != null;
             cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                return true;
            }
            if (cause instanceof SMTPSendFailedException send && send.getReturnCode() >= 500) {
                return true;
            }
        }
        return failure instanceof SendFailedException send && send.getInvalidAddresses() != null
                && send.getInvalidAddresses().length > 0 && replyCode(failure).equals(NO_REPLY_CODE);
    }

    /** The server's reply code only: its text may repeat the recipient's address. */
    private static String replyCode(MessagingException failure) {
        for (Exception cause = failure; cause != null;
             cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof SMTPAddressFailedException address) {
                return "reply " + address.getReturnCode();
            }
            if (cause instanceof SMTPSendFailedException send) {
                return "reply " + send.getReturnCode();
            }
        }
        return NO_REPLY_CODE;
    }

    private static String describe(MessagingException failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage())
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private String server() {
        return settings.host() + ":" + settings.port();
    }

    @Override
    public String toString() {
        return "SmtpMailer[" + settings + "]";
    }
}
