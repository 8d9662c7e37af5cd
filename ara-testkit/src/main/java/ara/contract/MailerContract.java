package ara.contract;

import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.Mailer;
import ara.domain.identity.EmailAddress;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link Mailer} must have, checked on what the receiving end got, read back with the mail
 * library's own parser: both parts as a multipart/alternative, UTF-8 subject, names and text intact, the one-click
 * unsubscribe headers, the configured sender, the date from the clock, a {@code Message-ID} made of the message's id,
 * and each message reaching its own recipient only. Every test mails addresses of its own.
 */
public abstract class MailerContract {
    /** The sender the mailer under test must be configured with (a name that needs encoding). */
    public static final String FROM = "ARA Prüfstand <ara@example.test>";
    /** The time the mailer's clock must show. */
    public static final Instant NOW = Instant.parse("2026-12-07T10:15:30Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Session PARSER = Session.getInstance(new Properties());
    private static final URI UNSUBSCRIBE = URI.create("https://ara.example.test/api/v1/mail/unsubscribe?t=u-1");

    /** The mailer under test, configured with {@link #FROM} and {@link #CLOCK}. */
    protected abstract Mailer mailer();

    /** Every message delivered to this address so far, as the bytes the receiving end holds. */
    protected abstract List<byte[]> delivered(String address) throws Exception;

    @Test
    void deliversThePlainTextAndTheHtmlAsAlternatives() throws Exception {
        MailMessage message = message(uniqueAddress(), "Resume your audit", Map.of());
        mailer().send(message);

        MimeMessage received = only(message.to());
        assertThat(received.isMimeType("multipart/alternative")).isTrue();
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(part(parts, 0, "text/plain")).isEqualTo(message.text());
        assertThat(part(parts, 1, "text/html")).isEqualTo(message.html());
    }

    @Test
    void keepsUtf8InTheSubjectTheNamesAndTheParts() throws Exception {
        String address = uniqueAddress();
        MailMessage message = new MailMessage(UUID.randomUUID(), new EmailAddress(address), "Zoë Ça-Ünal 監査",
                "Ihr Bericht ist fertig – 監査レポート ✓", "Grüße, Zoë — 監査 ✓\nhttps://ara.example.test/r\n",
                "<!DOCTYPE html><html lang=\"de\"><body><p>Grüße, Zoë — 監査 ✓</p></body></html>", Map.of());
        mailer().send(message);

        MimeMessage received = only(message.to());
        assertThat(received.getSubject()).isEqualTo(message.subject());
        InternetAddress to = (InternetAddress) received.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo(address);
        assertThat(to.getPersonal()).isEqualTo("Zoë Ça-Ünal 監査");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("ARA Prüfstand");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(part(parts, 0, "text/plain")).isEqualTo(message.text());
        assertThat(part(parts, 1, "text/html")).isEqualTo(message.html());
    }

    @Test
    void carriesTheOneClickUnsubscribeHeaders() throws Exception {
        MailMessage message = message(uniqueAddress(), "Your report is ready",
                MailMessage.oneClickUnsubscribe(UNSUBSCRIBE));
        mailer().send(message);

        MimeMessage received = only(message.to());
        assertThat(received.getHeader("List-Unsubscribe")).containsExactly("<" + UNSUBSCRIBE + ">");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
    }

    @Test
    void setsTheSenderTheDateAndAMessageIdMadeOfTheMessagesId() throws Exception {
        MailMessage message = message(uniqueAddress(), "Sign-in link", Map.of());
        mailer().send(message);

        MimeMessage received = only(message.to());
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("ara@example.test");
        assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(received.getMessageID()).isEqualTo("<" + message.id() + "@example.test>");
        assertThat(received.getHeader("MIME-Version")).containsExactly("1.0");
    }

    @Test
    void deliversEachMessageToItsOwnRecipientOnly() throws Exception {
        MailMessage first = message(uniqueAddress(), "Resume your audit", Map.of());
        MailMessage second = message(uniqueAddress(), "Your report is ready", Map.of());
        mailer().send(first);
        mailer().send(second);

        assertThat(only(first.to()).getSubject()).isEqualTo("Resume your audit");
        assertThat(only(second.to()).getSubject()).isEqualTo("Your report is ready");
    }

    /** A fresh recipient address, so that tests sharing a receiving end never see each other's messages. */
    protected static String uniqueAddress() {
        return "guest-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    /** A message of this test's own, with text that needs encoding. */
    protected static MailMessage message(String address, String subject, Map<String, String> headers) {
        return new MailMessage(UUID.randomUUID(), new EmailAddress(address), "", subject,
                "Hello,\n\nfollow this link: https://ara.example.test/resume#t=1\n",
                "<!DOCTYPE html><html lang=\"en\"><body><p>Hello, <a href=\"https://ara.example.test/resume#t=1\">"
                        + "resume</a></p></body></html>", headers);
    }

    /** The one message delivered to this address, parsed. */
    protected MimeMessage only(EmailAddress to) throws Exception {
        List<byte[]> messages = delivered(to.value());
        assertThat(messages).as("messages delivered to %s", to.value()).hasSize(1);
        return parse(messages.get(0));
    }

    /** RFC 5322 bytes as the mail library reads them. */
    public static MimeMessage parse(byte[] message) throws MessagingException {
        return new MimeMessage(PARSER, new ByteArrayInputStream(message));
    }

    private static String part(MimeMultipart parts, int index, String type) throws MessagingException, IOException {
        BodyPart part = parts.getBodyPart(index);
        assertThat(part.isMimeType(type)).as("part %d is %s", index, type).isTrue();
        assertThat(part.getContentType()).containsIgnoringCase("charset=UTF-8");
        // Lines travel as CRLF whatever they were written with.
        return ((String) part.getContent()).replace("\r\n", "\n");
    }
}
