package ara.application.mail;

import ara.application.port.out.notification.MailMessage;
import ara.domain.identity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailTemplatesTest {
    private static final MailTemplates TEMPLATES = new MailTemplates();
    private static final UUID ID = UUID.fromString("0b7f6f7e-9a43-4d3c-9d53-2f1d0c2b6a11");
    private static final EmailAddress TO = new EmailAddress("guest@example.com");
    private static final Instant EXPIRES = Instant.parse("2027-01-06T17:38:00Z");
    private static final URI UNSUBSCRIBE = URI.create("https://ara.example.com/api/v1/mail/unsubscribe?t=abc");

    @Test
    void resumeAuditHasBothPartsWithTheLinkItsExpiryAndTheOneClickOptOut() {
        MailLink resume = new MailLink(URI.create("https://ara.example.com/resume#token=r-123"), EXPIRES);
        MailMessage message = TEMPLATES.resumeAudit(ID, TO, Locale.ENGLISH, resume, UNSUBSCRIBE);

        assertThat(message.id()).isEqualTo(ID);
        assertThat(message.to()).isEqualTo(TO);
        assertThat(message.subject()).isEqualTo("Resume your audit");
        assertThat(message.text()).contains("Resume your audit", "Resume the audit:\nhttps://ara.example.com/resume#token=r-123",
                "The link works until 6 January 2027, 17:38 UTC.", "Stop emails like this one: " + UNSUBSCRIBE);
        assertThat(message.html()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">",
                "<a href=\"https://ara.example.com/resume#token=r-123\"", ">Resume the audit</a>",
                "6 January 2027, 17:38 UTC", "href=\"https://ara.example.com/api/v1/mail/unsubscribe?t=abc\"");
        assertThat(message.headers()).containsExactly(
                java.util.Map.entry("List-Unsubscribe", "<https://ara.example.com/api/v1/mail/unsubscribe?t=abc>"),
                java.util.Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    @Test
    void reportReadyTellsOnlyTheQuestionnaireTotalAndLevelAndEscapesThemInHtml() {
        MailLink download = new MailLink(URI.create("https://files.example.com/r/1?sig=a&exp=2"), EXPIRES);
        ReportSummary summary = new ReportSummary("<script>alert('x')</script> & \"AI\" {total}", 72, "Scaling");
        MailMessage message = TEMPLATES.reportReady(ID, TO, Locale.ENGLISH, summary, download, UNSUBSCRIBE);

        assertThat(message.subject()).isEqualTo("Your report is ready");
        assertThat(message.text()).contains("“<script>alert('x')</script> & \"AI\" {total}” audit",
                "Score: 72 out of 100. Level: Scaling.", "https://files.example.com/r/1?sig=a&exp=2");
        assertThat(message.html()).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;AI&quot; {total}",
                        "href=\"https://files.example.com/r/1?sig=a&amp;exp=2\"", "Score: 72 out of 100. Level: Scaling.");
        assertThat(message.headers()).containsKeys(MailMessage.LIST_UNSUBSCRIBE, MailMessage.LIST_UNSUBSCRIBE_POST);
    }

    @Test
    void signInLinkCarriesNoOptOut() {
        MailLink signIn = new MailLink(URI.create("https://ara.example.com/sign-in#t=s-1"), EXPIRES);
        MailMessage message = TEMPLATES.signInLink(ID, TO, Locale.ENGLISH, signIn);

        assertThat(message.subject()).isEqualTo("Sign-in link");
        assertThat(message.text()).contains("Sign in:\nhttps://ara.example.com/sign-in#t=s-1").doesNotContain("Stop emails");
        assertThat(message.html()).contains(">Sign in</a>").doesNotContain("Stop emails");
        assertThat(message.headers()).isEmpty();
    }

    @Test
    void aLanguageWithoutABundleGetsEnglish() {
        MailLink signIn = new MailLink(URI.create("https://ara.example.com/sign-in"), EXPIRES);
        MailMessage message = TEMPLATES.signInLink(ID, TO, Locale.forLanguageTag("sw"), signIn);
        assertThat(message.subject()).isEqualTo("Sign-in link");
        assertThat(message.html()).contains("<html lang=\"en\">");
    }

    @Test
    void linksMustBeAbsoluteHttpUrls() {
        assertThatThrownBy(() -> new MailLink(URI.create("javascript:alert(1)"), EXPIRES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> new MailLink(URI.create("/resume"), EXPIRES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url");
    }

    @Test
    void aSummaryHoldsAScoreOutOfOneHundred() {
        assertThatThrownBy(() -> new ReportSummary("Agents", 101, "Leading"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("total");
    }
}
