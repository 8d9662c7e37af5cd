package ara.adapter.mail.smtp;

import ara.adapter.mail.Sender;

import javax.net.ssl.SSLSocketFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings: the SMTP server ARA sends through. {@link #toString()} never shows the password. Immutable.
 *
 * @param host          the server's host name (its certificate must name it)
 * @param port          usually 587 (STARTTLS) or 465 (TLS)
 * @param security      how the connection is protected
 * @param user          the user name to log in with, or empty for a server that takes mail without logging in
 * @param password      the password (a secret), present exactly when the user is
 * @param from          who the messages come from (also the envelope sender)
 * @param timeout       for connecting, and for each read and write
 * @param socketFactory the TLS sockets to use, or empty for the JVM's (its default trust store); tests pass one that
 *                      trusts their own certificate
 */
public record SmtpSettings(String host, int port, Security security, Optional<String> user, Optional<String> password,
                           Sender from, Duration timeout, Optional<SSLSocketFactory> socketFactory) {
    /** The default timeout for connecting, reading and writing. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** How the connection to the server is protected. */
    public enum Security {
        /** Plain connection upgraded with STARTTLS, which the server must offer (usually port 587). */
        STARTTLS,
        /** TLS from the first byte ("implicit TLS", usually port 465). */
        TLS,
        /** No encryption at all: only for tests and a relay on the same host or network. */
        PLAIN
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@')) {
            throw new IllegalArgumentException("host must be a host name such as smtp.example.com");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 1..65535, got " + port);
        }
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException(user.isPresent() ? "password is required with a user"
                    : "user is required with a password");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        Objects.requireNonNull(socketFactory, "socketFactory");
    }

    /** These settings without logging in, with the default timeout and the JVM's trust store. */
    public static SmtpSettings of(String host, int port, Security security, Sender from) {
        return new SmtpSettings(host, port, security, Optional.empty(), Optional.empty(), from, DEFAULT_TIMEOUT,
                Optional.empty());
    }

    public SmtpSettings withLogin(String user, String password) {
        return new SmtpSettings(host, port, security, Optional.of(user), Optional.of(password), from, timeout,
                socketFactory);
    }

    public SmtpSettings withTimeout(Duration timeout) {
        return new SmtpSettings(host, port, security, user, password, from, timeout, socketFactory);
    }

    public SmtpSettings withSocketFactory(SSLSocketFactory factory) {
        return new SmtpSettings(host, port, security, user, password, from, timeout, Optional.of(factory));
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + security + ", user " + user.orElse("none")
                + (password.isPresent() ? ", password ***" : "") + ", from " + from + ", timeout " + timeout
                + (socketFactory.isPresent() ? ", own trust" : "") + "]";
    }
}
