package ara.adapter.mail.smtp;

import ara.adapter.mail.Sender;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.contract.MailerContract;
import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SMTP over TLS to a real server (GreenMail SMTPS) whose certificate, made for this run with keytool, names
 * {@code localhost} only: sent when the client trusts that certificate and reaches the server by that name; refused
 * when the certificate is not trusted (the JVM's own trust store) or names another host.
 */
class SmtpTlsTest {
    private static final char[] STORE_PASSWORD = "test-store-password".toCharArray();
    private static final Path KEY_STORE = keyStore();
    private static final GreenMail SERVER = start();

    private static Path keyStore() {
        try {
            Path directory = Files.createTempDirectory("ara-smtp-tls");
            Path store = directory.resolve("server.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes());
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            store.toFile().deleteOnExit();
            directory.toFile().deleteOnExit();
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        // GreenMail's TLS server sockets read their key store from these properties, once per JVM.
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, KEY_STORE.toString());
        System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY, new String(STORE_PASSWORD));
        ServerSetup setup = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort();
        // GreenMail's 2 s default is short on a busy machine (the first TLS server socket loads the key store).
        setup.setServerStartupTimeout(30_000);
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        SERVER.stop();
    }

    /** TLS sockets that trust the server's certificate and nothing else. */
    private static SSLSocketFactory trustingTheServer() throws GeneralSecurityException, IOException {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEY_STORE)) {
            server.load(in, STORE_PASSWORD);
        }
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", server.getCertificate("server"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private static SmtpSettings tls(String host) {
        return SmtpSettings.of(host, SERVER.getSmtps().getPort(), SmtpSettings.Security.TLS,
                Sender.parse(MailerContract.FROM)).withTimeout(Duration.ofSeconds(5));
    }

    private static MailMessage message(String address) {
        return new MailMessage(java.util.UUID.randomUUID(), new ara.domain.identity.EmailAddress(address), "",
                "Your report is ready", "Hello\n", "<p>Hello</p>", Map.of());
    }

    private static String uniqueAddress() {
        return "tls-" + java.util.UUID.randomUUID().toString().substring(0, 12) + "@example.com";
    }

    @Test
    void sendsOverTlsWhenTheServersCertificateIsTrustedAndNamesTheHost() throws Exception {
        String address = uniqueAddress();
        new SmtpMailer(tls("localhost").withSocketFactory(trustingTheServer()), MailerContract.CLOCK)
                .send(message(address));

        List<byte[]> received = SmtpMailerTest.received(SERVER, address);
        assertThat(received).hasSize(1);
        assertThat(MailerContract.parse(received.get(0)).getSubject()).isEqualTo("Your report is ready");
    }

    @Test
    void sendsNothingToAServerWhoseCertificateIsNotTrusted() throws Exception {
        String address = uniqueAddress();
        SmtpMailer mailer = new SmtpMailer(tls("localhost"), MailerContract.CLOCK);

        assertThatThrownBy(() -> mailer.send(message(address)))
                .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("unable to find valid certification path");
        assertThat(SmtpMailerTest.received(SERVER, address)).isEmpty();
    }

    @Test
    void sendsNothingWhenTheCertificateNamesAnotherHost() throws Exception {
        String address = uniqueAddress();
        // The same trusted certificate, but it names localhost and the client asked for 127.0.0.1.
        SmtpMailer mailer = new SmtpMailer(tls("127.0.0.1").withSocketFactory(trustingTheServer()),
                MailerContract.CLOCK);

        assertThatThrownBy(() -> mailer.send(message(address)))
                .isInstanceOfSatisfying(MailNotSent.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("No subject alternative names matching IP address 127.0.0.1");
        assertThat(SmtpMailerTest.received(SERVER, address)).isEmpty();
    }
}
