package ara.bootstrap;

import ara.adapter.mail.file.FileMailer;
import ara.adapter.mail.smtp.SmtpMailer;
import ara.application.mail.MailLink;
import ara.application.mail.MailTemplates;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.ConfigSource;
import ara.domain.identity.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mail channel as the composition root wires it. */
class MailTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void byDefaultARenderedMessageBecomesAnEmlFileInTheDataDirectory() throws IOException {
        Mail mail = Mail.of(AraSettings.from(ConfigSource.of(Map.of("ARA_DATA_DIR", data.toString()))).mail(), CLOCK);
        UUID id = UUID.randomUUID();
        mail.mailer().send(new MailTemplates().resumeAudit(id, new EmailAddress("guest@example.com"), Locale.ENGLISH,
                new MailLink(URI.create("http://localhost:7070/resume#t=1"), CLOCK.instant().plus(Duration.ofDays(30))),
                URI.create("https://ara.example.com/unsubscribe?t=1")));

        Path file = data.resolve("mail").resolve(id + ".eml");
        assertThat(mail.mailer()).isInstanceOf(FileMailer.class);
        String eml = Files.readString(file, StandardCharsets.US_ASCII);
        assertThat(eml).contains("Subject: Resume your audit", "From: ARA <ara@localhost>", "To: guest@example.com",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "multipart/alternative");

        Files.setLastModifiedTime(file, FileTime.from(CLOCK.instant().minus(Duration.ofDays(31))));
        assertThat(mail.deleteExpiredFiles()).isEqualTo(1);
        assertThat(file).doesNotExist();
    }

    @Test
    void anSmtpServerInTheSettingsIsWhatMailGoesTo() {
        Mail mail = Mail.of(AraSettings.from(ConfigSource.of(Map.of("ARA_DATA_DIR", data.toString(),
                "ARA_SMTP_URL", "smtps://smtp.example.com", "ARA_MAIL_FROM", "noreply@example.com",
                "ARA_PUBLIC_URL", "https://ara.example.com"))).mail(), CLOCK);
        assertThat(mail.mailer()).isInstanceOf(SmtpMailer.class);
        assertThat(mail.deleteExpiredFiles()).isZero();
    }
}
