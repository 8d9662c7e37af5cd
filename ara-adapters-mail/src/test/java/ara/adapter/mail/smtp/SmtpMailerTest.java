package ara.adapter.mail.smtp;

import ara.adapter.mail.Sender;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.notification.Mailer;
import ara.contract.MailerContract;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SMTP against the contract, on a real SMTP server (GreenMail) started by the test, which wants a login. */
class SmtpMailerTest extends MailerContract {
    private static final String USER = "ara-sender";
    private static final String PASSWORD = "correct horse battery";
    private static final GreenMail SERVER = start();

    private static GreenMail start() {
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
        setup.setServerStartupTimeout(30_000);
        GreenMail server = new GreenMail(setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("sender@example.test", USER, PASSWORD));
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    /** Plain SMTP: GreenMail offers no STARTTLS (the TLS test covers encryption). */
    private static SmtpSettings plain() {
        return SmtpSettings.of("127.0.0.1", SERVER.getSmtp().getPort(), SmtpSettings.Security.PLAIN,
                Sender.parse(FROM)).withTimeout(Duration.ofSeconds(5));
    }

    @Override
    protected Mailer mailer() {
        return new SmtpMailer(plain().withLogin(USER, PASSWORD), CLOCK);
    }

    @Override
    protected List<byte[]> delivered(String address) throws Exception {
        return received(SERVER, address);
    }

    /** What the server received for this address, as the bytes it holds. */
    static List<byte[]> received(GreenMail server, String address) throws Exception {
        List<byte[]> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            if (((InternetAddress) message.getAllRecipients()[0]).getAddress().equals(address)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                message.writeTo(bytes);
                found.add(bytes.toByteArray());
            }
        }
        return found;
    }

    @Test
    void aWrongPasswordSendsNothingAndMaySucceedLater() throws Exception {
        String address = uniqueAddress();
        SmtpMailer mailer = new SmtpMailer(plain().withLogin(USER, "wrong password"), CLOCK);

        assertThatThrownBy(() -> mailer.send(message(address, "Resume your audit", Map.of())))
                .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("user name or password").hasMessageNotContaining("wrong password");
        assertThat(delivered(address)).isEmpty();
    }

    @Test
    void requiringStarttlsSendsNothingToAServerThatDoesNotOfferIt() throws Exception {
        String address = uniqueAddress();
        SmtpSettings starttls = SmtpSettings.of("127.0.0.1", SERVER.getSmtp().getPort(),
                SmtpSettings.Security.STARTTLS, Sender.parse(FROM)).withLogin(USER, PASSWORD);

        assertThatThrownBy(() -> new SmtpMailer(starttls, CLOCK).send(message(address, "Resume your audit", Map.of())))
                .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse());
        assertThat(delivered(address)).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerIsATransientFailure() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SmtpMailer mailer = new SmtpMailer(SmtpSettings.of("127.0.0.1", closed, SmtpSettings.Security.PLAIN,
                Sender.parse(FROM)).withTimeout(Duration.ofSeconds(2)), CLOCK);

        assertThatThrownBy(() -> mailer.send(message(uniqueAddress(), "Resume your audit", Map.of())))
                .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("127.0.0.1:" + closed);
    }

    @Test
    void theSettingsNeverShowThePassword() {
        assertThat(plain().withLogin(USER, PASSWORD).toString()).contains(USER).doesNotContain(PASSWORD);
    }
}
