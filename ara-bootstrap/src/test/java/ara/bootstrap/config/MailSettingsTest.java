package ara.bootstrap.config;

import ara.adapter.mail.Sender;
import ara.adapter.mail.smtp.SmtpSettings.Security;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mail channel's settings ({@code ARA_SMTP_*}, {@code ARA_MAIL_*}). */
class MailSettingsTest {
    private static final Map<String, String> SMTP = Map.of("ARA_SMTP_URL", "smtp://smtp.example.com",
            "ARA_MAIL_FROM", "ARA <noreply@ara.example.com>", "ARA_PUBLIC_URL", "https://ara.example.com");

    private static MailSettings mail(Map<String, String> env) {
        return AraSettings.from(ConfigSource.of(env)).mail();
    }

    private static Map<String, String> smtp(String... overrides) {
        return Env.with(SMTP, overrides);
    }

    private static MailSettings.Smtp smtpSettings(Map<String, String> env) {
        return (MailSettings.Smtp) mail(env);
    }

    @Test
    void withoutAnSmtpServerMessagesBecomeFilesInTheDataDirectoryKept30Days() {
        assertThat(mail(Map.of("ARA_DATA_DIR", "/var/lib/ara"))).isEqualTo(new MailSettings.EmlFiles(
                Path.of("/var/lib/ara/mail"), new Sender("ara@localhost", "ARA"), Duration.ofDays(30)));
        assertThat(mail(Map.of("ARA_MAIL_RETENTION_DAYS", "7", "ARA_MAIL_FROM", "x@example.com")))
                .isEqualTo(new MailSettings.EmlFiles(Path.of("data/mail"), new Sender("x@example.com", ""),
                        Duration.ofDays(7)));
    }

    @Test
    void anSmtpUrlChoosesStarttlsOrTlsAndTheUsualPort() {
        MailSettings.Smtp starttls = smtpSettings(SMTP);
        assertThat(starttls.smtp().host()).isEqualTo("smtp.example.com");
        assertThat(starttls.smtp().port()).isEqualTo(587);
        assertThat(starttls.smtp().security()).isEqualTo(Security.STARTTLS);
        assertThat(starttls.smtp().from()).isEqualTo(new Sender("noreply@ara.example.com", "ARA"));
        assertThat(starttls.publicUrl()).contains(URI.create("https://ara.example.com"));
        assertThat(starttls.smtp().user()).isEmpty();

        MailSettings.Smtp tls = smtpSettings(smtp("ARA_SMTP_URL", "smtps://smtp.example.com"));
        assertThat(tls.smtp().port()).isEqualTo(465);
        assertThat(tls.smtp().security()).isEqualTo(Security.TLS);
        assertThat(smtpSettings(smtp("ARA_SMTP_URL", "smtp://smtp.example.com:2525")).smtp().port()).isEqualTo(2525);
    }

    @Test
    void aHostAndPortWork465MeaningTls() {
        MailSettings.Smtp host = smtpSettings(smtp("ARA_SMTP_URL", null, "ARA_SMTP_HOST", "mail.example.com"));
        assertThat(host.smtp().port()).isEqualTo(587);
        assertThat(host.smtp().security()).isEqualTo(Security.STARTTLS);
        MailSettings.Smtp tls = smtpSettings(smtp("ARA_SMTP_URL", null, "ARA_SMTP_HOST", "mail.example.com",
                "ARA_SMTP_PORT", "465"));
        assertThat(tls.smtp().security()).isEqualTo(Security.TLS);
    }

    @Test
    void plainSmtpOnlyWhenAskedForAndNeverWithSmtps() {
        assertThat(smtpSettings(smtp("ARA_SMTP_URL", "smtp://localhost:25", "ARA_SMTP_PLAIN", "true")).smtp()
                .security()).isEqualTo(Security.PLAIN);
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_URL", "smtps://smtp.example.com", "ARA_SMTP_PLAIN", "true")))
                .hasMessageStartingWith("ARA_SMTP_PLAIN:");
    }

    @Test
    void logsInWithBothUserAndPasswordAndNeverShowsThePassword() {
        MailSettings.Smtp login = smtpSettings(smtp("ARA_SMTP_USER", "apikey", "ARA_SMTP_PASSWORD", "s3cr3t-pa55"));
        assertThat(login.smtp().user()).contains("apikey");
        assertThat(login.smtp().password()).contains("s3cr3t-pa55");
        assertThat(login.toString()).doesNotContain("s3cr3t-pa55");
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_USER", "apikey"))).hasMessageStartingWith("ARA_SMTP_PASSWORD:");
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_PASSWORD", "x"))).hasMessageStartingWith("ARA_SMTP_USER:");
    }

    @Test
    void anSmtpServerNeedsTheSenderAndThePublicUrl() {
        assertThatThrownBy(() -> mail(smtp("ARA_MAIL_FROM", null))).hasMessageStartingWith("ARA_MAIL_FROM:")
                .hasMessageContaining("required");
        assertThatThrownBy(() -> mail(smtp("ARA_PUBLIC_URL", null))).hasMessageStartingWith("ARA_PUBLIC_URL:")
                .hasMessageContaining("required");
        assertThatThrownBy(() -> mail(smtp("ARA_MAIL_FROM", "two@example.com, three@example.com")))
                .hasMessageStartingWith("ARA_MAIL_FROM:");
    }

    @Test
    void refusesAMalformedOrHalfConfiguredServerNamingTheVariable() {
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_URL", "http://smtp.example.com")))
                .hasMessageStartingWith("ARA_SMTP_URL:");
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_URL", "smtp://user:hunter2@smtp.example.com")))
                .hasMessageStartingWith("ARA_SMTP_URL:").hasMessageContaining("ARA_SMTP_PASSWORD")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_HOST", "mail.example.com")))
                .hasMessageStartingWith("ARA_SMTP_HOST:");
        assertThatThrownBy(() -> mail(smtp("ARA_SMTP_PORT", "25"))).hasMessageStartingWith("ARA_SMTP_PORT:");
        assertThatThrownBy(() -> mail(Map.of("ARA_SMTP_USER", "apikey"))).hasMessageStartingWith("ARA_SMTP_USER:")
                .hasMessageContaining("ARA_SMTP_URL");
        assertThatThrownBy(() -> mail(Map.of("ARA_MAIL_RETENTION_DAYS", "0")))
                .hasMessageStartingWith("ARA_MAIL_RETENTION_DAYS:");
    }
}
