package ara.adapter.mail;

import ara.application.port.out.notification.MailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;

/**
 * Turns a {@link MailMessage} into a MIME message: From the sender, To the recipient (names and subject encoded as
 * RFC 2047 UTF-8 words), the date from the clock, a {@code Message-ID} made of the message's id (a retried message
 * keeps it) and a multipart/alternative of the plain-text part then the HTML part, both UTF-8. Thread-safe.
 */
public final class MimeComposer {
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Sender from;
    private final Clock clock;

    public MimeComposer(Sender from, Clock clock) {
        this.from = Objects.requireNonNull(from, "from");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Sender from() {
        return from;
    }

    /** The message's {@code Message-ID}: {@code <id@the sender's domain>}. */
    public String messageId(MailMessage message) {
        return "<" + message.id() + "@" + from.domain() + ">";
    }

    /** The message, ready to send or to write (its headers final). */
    public MimeMessage compose(Session session, MailMessage message) throws MessagingException {
        MimeMessage mime = new IdentifiedMessage(session, messageId(message));
        mime.setFrom(from.internetAddress());
        mime.setRecipient(MimeMessage.RecipientType.TO, recipient(message));
        mime.setSubject(message.subject(), UTF_8);
        mime.setSentDate(Date.from(clock.instant()));
        for (var header : message.headers().entrySet()) {
            mime.addHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2, header.getValue()));
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), UTF_8, "html");
        // Plain text first: mail programs show the last alternative they can, HTML where they render it.
        mime.setContent(new MimeMultipart("alternative", text, html));
        mime.saveChanges();
        return mime;
    }

    private static InternetAddress recipient(MailMessage message) {
        try {
            return new InternetAddress(message.to().value(), message.toName().isEmpty() ? null : message.toName(),
                    UTF_8);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    /** A MIME message whose {@code Message-ID} is ours, not one the library makes up when saving. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
