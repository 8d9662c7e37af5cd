package ara.bootstrap;

import ara.adapter.mail.file.FileMailer;
import ara.adapter.mail.smtp.SmtpMailer;
import ara.application.port.out.notification.Mailer;
import ara.bootstrap.config.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The mail channel, chosen once from the settings: an SMTP server, or (the embedded default) .eml files in the data
 * directory. Nothing sends mail through it yet: the notification events of issue 18 will. Thread-safe.
 */
final class Mail {
    private static final Logger LOG = LoggerFactory.getLogger(Mail.class);

    private final Mailer mailer;
    private final Optional<FileMailer> files;

    private Mail(Mailer mailer, Optional<FileMailer> files) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.files = files;
    }

    static Mail of(MailSettings settings, Clock clock) {
        return switch (settings) {
            case MailSettings.EmlFiles eml -> {
                FileMailer files = new FileMailer(eml.directory(), eml.from(), eml.retention(), clock);
                LOG.info("Mail: no SMTP server (ARA_SMTP_URL unset); messages are written as .eml files to {}, kept"
                        + " {} days", eml.directory(), eml.retention().toDays());
                yield new Mail(files, Optional.of(files));
            }
            case MailSettings.Smtp smtp -> {
                LOG.info("Mail: SMTP server {}:{} ({}), from {}", smtp.smtp().host(), smtp.smtp().port(),
                        smtp.smtp().security(), smtp.from());
                yield new Mail(new SmtpMailer(smtp.smtp(), clock), Optional.empty());
            }
        };
    }

    Mailer mailer() {
        return mailer;
    }

    /**
     * Deletes the .eml files older than {@code ARA_MAIL_RETENTION_DAYS} (each instance its own: they are local
     * files); with an SMTP server there are none.
     *
     * @return how many were deleted
     */
    int deleteExpiredFiles() {
        return files.map(FileMailer::deleteExpired).orElse(0);
    }
}
