package ara.bootstrap.config;

import ara.adapter.mail.Sender;
import ara.adapter.mail.file.FileMailer;
import ara.adapter.mail.smtp.SmtpSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings: the mail channel. {@link Smtp} when {@code ARA_SMTP_URL} or {@code ARA_SMTP_HOST} is set (then
 * {@code ARA_MAIL_FROM} and {@code ARA_PUBLIC_URL}, which the links in messages start with, are required), else
 * {@link EmlFiles}, the embedded default: each message written as an .eml file under {@code ARA_DATA_DIR/mail}. A
 * half-configured SMTP server is refused, naming the variable. Immutable; {@link #toString()} never shows a secret.
 */
public sealed interface MailSettings {
    /** The variables that only make sense with an SMTP server. */
    List<String> SMTP_ONLY = List.of("ARA_SMTP_PORT", "ARA_SMTP_USER", "ARA_SMTP_PASSWORD", "ARA_SMTP_PLAIN");
    /** The sender without SMTP settings: the files show it, nothing is sent. */
    String DEFAULT_FROM = "ARA <ara@localhost>";
    int STARTTLS_PORT = 587;
    int TLS_PORT = 465;

    /** How long an .eml file is kept ({@code ARA_MAIL_RETENTION_DAYS}, default 30). */
    Duration retention();

    /** Who messages come from ({@code ARA_MAIL_FROM}). */
    Sender from();

    /**
     * ARA's URL as recipients reach it ({@code ARA_PUBLIC_URL}), which the links in messages start with; without it
     * (files only) {@code http://localhost:<port>}.
     */
    Optional<URI> publicUrl();

    /** No SMTP server: messages become .eml files in {@code directory}. */
    record EmlFiles(Path directory, Sender from, Duration retention, Optional<URI> publicUrl) implements MailSettings {
        public EmlFiles {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(publicUrl, "publicUrl");
        }

        /** Without {@code ARA_PUBLIC_URL}. */
        public EmlFiles(Path directory, Sender from, Duration retention) {
            this(directory, from, retention, Optional.empty());
        }
    }

    /**
     * An SMTP server.
     *
     * @param smtp      the server, its security and login
     * @param publicUrl ARA's URL as recipients reach it ({@code ARA_PUBLIC_URL}): links in messages start with it
     */
    record Smtp(SmtpSettings smtp, URI url, Duration retention) implements MailSettings {
        public Smtp {
            Objects.requireNonNull(smtp, "smtp");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(retention, "retention");
        }

        @Override
        public Sender from() {
            return smtp.from();
        }

        @Override
        public Optional<URI> publicUrl() {
            return Optional.of(url);
        }
    }

    /**
     * Reads the mail variables.
     *
     * @throws InvalidConfiguration naming the first missing, malformed or orphaned variable
     */
    static MailSettings from(ConfigSource source, Path dataDir) {
        Duration retention = Duration.ofDays(source.integer("ARA_MAIL_RETENTION_DAYS", 30, 1, 3_650));
        Optional<String> url = source.get("ARA_SMTP_URL");
        Optional<String> host = source.get("ARA_SMTP_HOST");
        if (url.isEmpty() && host.isEmpty()) {
            for (String orphan : SMTP_ONLY) {
                if (source.get(orphan).isPresent()) {
                    throw new InvalidConfiguration(orphan, "is set but neither ARA_SMTP_URL nor ARA_SMTP_HOST is; set"
                            + " the SMTP server too, or unset " + orphan);
                }
            }
            return new EmlFiles(dataDir.resolve(FileMailer.DIRECTORY), sender(source.get("ARA_MAIL_FROM", DEFAULT_FROM)),
                    retention, source.get("ARA_PUBLIC_URL").map(text -> HttpUrls.parse("ARA_PUBLIC_URL", text)));
        }
        if (url.isPresent() && host.isPresent()) {
            throw new InvalidConfiguration("ARA_SMTP_HOST", "is set together with ARA_SMTP_URL; set one of them");
        }
        boolean plain = source.flag("ARA_SMTP_PLAIN", false);
        Server server = url.map(text -> Server.fromUrl(text, plain, source.get("ARA_SMTP_PORT").isPresent()))
                .orElseGet(() -> Server.fromHost(host.get(), source.integer("ARA_SMTP_PORT", STARTTLS_PORT, 1, 65_535),
                        plain));
        Sender from = sender(source.get("ARA_MAIL_FROM").orElseThrow(() -> new InvalidConfiguration("ARA_MAIL_FROM",
                "is required with an SMTP server: the address messages come from, e.g. 'ARA <noreply@example.com>'")));
        URI publicUrl = HttpUrls.parse("ARA_PUBLIC_URL", source.get("ARA_PUBLIC_URL").orElseThrow(() ->
                new InvalidConfiguration("ARA_PUBLIC_URL", "is required with an SMTP server: the links in messages"
                        + " start with ARA's URL as recipients reach it, e.g. https://ara.example.com")));
        SmtpSettings smtp;
        try {
            smtp = SmtpSettings.of(server.host(), server.port(), server.security(), from);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(url.isPresent() ? "ARA_SMTP_URL" : "ARA_SMTP_HOST", e.getMessage());
        }
        return new Smtp(login(source, smtp), publicUrl, retention);
    }

    private static SmtpSettings login(ConfigSource source, SmtpSettings smtp) {
        Optional<String> user = source.get("ARA_SMTP_USER");
        Optional<String> password = source.get("ARA_SMTP_PASSWORD");
        if (user.isPresent() != password.isPresent()) {
            throw user.isPresent()
                    ? new InvalidConfiguration("ARA_SMTP_PASSWORD", "is required with ARA_SMTP_USER")
                    : new InvalidConfiguration("ARA_SMTP_USER", "is required with ARA_SMTP_PASSWORD");
        }
        return user.isPresent() ? smtp.withLogin(user.get(), password.get()) : smtp;
    }

    private static Sender sender(String text) {
        try {
            return Sender.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration("ARA_MAIL_FROM", e.getMessage());
        }
    }

    /** Where the server is and how the connection is protected. */
    record Server(String host, int port, SmtpSettings.Security security) {
        static Server fromHost(String host, int port, boolean plain) {
            return new Server(host, port, plain ? SmtpSettings.Security.PLAIN
                    : port == TLS_PORT ? SmtpSettings.Security.TLS : SmtpSettings.Security.STARTTLS);
        }

        static Server fromUrl(String text, boolean plain, boolean portVariable) {
            if (portVariable) {
                throw new InvalidConfiguration("ARA_SMTP_PORT", "applies with ARA_SMTP_HOST only; put the port in"
                        + " ARA_SMTP_URL (smtp://host:587)");
            }
            URI uri;
            try {
                uri = new URI(text.strip());
            } catch (URISyntaxException e) {
                // The reason and position only: the text may hold a password.
                throw new InvalidConfiguration("ARA_SMTP_URL", "is not a URL (smtp://host:587 or smtps://host:465): "
                        + e.getReason() + " at index " + e.getIndex());
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getRawUserInfo() != null) {
                throw new InvalidConfiguration("ARA_SMTP_URL", "must not hold a user or password; set ARA_SMTP_USER and"
                        + " ARA_SMTP_PASSWORD (a secret) instead");
            }
            if (!(scheme.equals("smtp") || scheme.equals("smtps")) || uri.getHost() == null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new InvalidConfiguration("ARA_SMTP_URL", "must be smtp://host:port (STARTTLS, port 587 by"
                        + " default) or smtps://host:port (TLS, port 465 by default), nothing more");
            }
            boolean tls = scheme.equals("smtps");
            if (tls && plain) {
                throw new InvalidConfiguration("ARA_SMTP_PLAIN", "cannot apply to smtps:// (TLS); use smtp:// for a"
                        + " plain connection");
            }
            int port = uri.getPort() == -1 ? (tls ? TLS_PORT : STARTTLS_PORT) : uri.getPort();
            return new Server(uri.getHost(), port, plain ? SmtpSettings.Security.PLAIN
                    : tls ? SmtpSettings.Security.TLS : SmtpSettings.Security.STARTTLS);
        }
    }
}
