package ara.application.port.out.notification;

import ara.domain.identity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailMessageTest {
    private static final EmailAddress TO = new EmailAddress("guest@example.com");

    private static MailMessage message(String subject, Map<String, String> headers) {
        return new MailMessage(UUID.randomUUID(), TO, "Zoë", subject, "text", "<p>html</p>", headers);
    }

    @Test
    void refusesALineBreakInTheSubjectOrAHeaderSoNoHeaderCanBeInjected() {
        assertThatThrownBy(() -> message("Hello\r\nBcc: x@example.com", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("subject");
        assertThatThrownBy(() -> message("Hello", Map.of("X-Note", "a\nBcc: x@example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headers.X-Note");
    }

    @Test
    void refusesHeadersTheChannelSets() {
        assertThatThrownBy(() -> message("Hello", Map.of("bcc", "x@example.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bcc");
        assertThatThrownBy(() -> message("Hello", Map.of("Content-Type", "text/plain")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Content-Type");
        assertThatThrownBy(() -> message("Hello", Map.of("Bad Name", "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headers");
    }

    @Test
    void refusesABlankSubjectOrPart() {
        assertThatThrownBy(() -> message(" ", Map.of())).hasMessageContaining("subject");
        assertThatThrownBy(() -> new MailMessage(UUID.randomUUID(), TO, "", "Hi", " ", "<p>x</p>", Map.of()))
                .hasMessageContaining("text");
    }

    @Test
    void oneClickUnsubscribeIsTheRfc8058PairOverHttps() {
        assertThat(MailMessage.oneClickUnsubscribe(URI.create("https://ara.example.com/u?t=1"))).containsExactly(
                Map.entry("List-Unsubscribe", "<https://ara.example.com/u?t=1>"),
                Map.entry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        assertThatThrownBy(() -> MailMessage.oneClickUnsubscribe(URI.create("http://ara.example.com/u")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
    }

    @Test
    void keepsHeadersInTheirOrderAndUnchangeable() {
        MailMessage message = message("Hi", MailMessage.oneClickUnsubscribe(URI.create("https://a.example/u")));
        assertThat(message.headers().keySet()).containsExactly("List-Unsubscribe", "List-Unsubscribe-Post");
        assertThatThrownBy(() -> message.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    }
}
