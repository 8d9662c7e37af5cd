package ara.adapter.mail.smtp;

import ara.adapter.mail.Sender;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.contract.MailerContract;
import ara.domain.identity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server that refuses the recipient: for good (a 5xx reply, a bounce) or for now (4xx). A minimal SMTP server of
 * the test's own, since GreenMail accepts every recipient.
 */
class SmtpRefusalTest {
    private static final String RECIPIENT = "nobody@example.com";

    @Test
    void aRecipientRefusedForGoodIsAPermanentFailureThatDoesNotRepeatTheAddress() throws Exception {
        try (RefusingServer server = new RefusingServer("550 5.1.1 <" + RECIPIENT + ">: user unknown")) {
            assertThatThrownBy(() -> mailer(server).send(message()))
                    .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isTrue())
                    .hasMessageContaining("reply 550").hasMessageNotContaining(RECIPIENT);
        }
    }

    @Test
    void aRecipientRefusedForNowMayBeTriedAgain() throws Exception {
        try (RefusingServer server = new RefusingServer("451 4.3.0 <" + RECIPIENT + ">: try again later")) {
            assertThatThrownBy(() -> mailer(server).send(message()))
                    .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse())
                    .hasMessageContaining("reply 451").hasMessageNotContaining(RECIPIENT);
        }
    }

    private static SmtpMailer mailer(RefusingServer server) {
        return new SmtpMailer(SmtpSettings.of("127.0.0.1", server.port(), SmtpSettings.Security.PLAIN,
                Sender.parse(MailerContract.FROM)).withTimeout(Duration.ofSeconds(5)), MailerContract.CLOCK);
    }

    private static MailMessage message() {
        return new MailMessage(UUID.randomUUID(), new EmailAddress(RECIPIENT), "", "Resume your audit", "Hello\n",
                "<p>Hello</p>", Map.of());
    }

    /** Speaks just enough SMTP to one client at a time, answering RCPT TO with the given reply. */
    private static final class RefusingServer implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread thread;

        RefusingServer(String rcptReply) throws IOException {
            socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            thread = Thread.ofVirtual().start(() -> {
                while (!socket.isClosed()) {
                    try (Socket client = socket.accept()) {
                        converse(client, rcptReply);
                    } catch (IOException e) {
                        if (!socket.isClosed()) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        private static void converse(Socket client, String rcptReply) throws IOException {
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            reply(out, "220 refusing.test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                    case "MAIL" -> reply(out, "250 2.1.0 OK");
                    case "RCPT" -> reply(out, rcptReply);
                    case "QUIT" -> {
                        reply(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> reply(out, "250 2.0.0 OK");
                }
            }
        }

        private static void reply(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
