package ara.application.service.notification;

import ara.adapter.memory.InMemoryMailRecords;
import ara.adapter.memory.InMemoryResumeTokens;
import ara.application.fixture.InMemoryPorts;
import ara.application.mail.MailTemplates;
import ara.application.port.out.notification.KeyedDigest;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.outbox.PendingEvent;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The mail services' parts over the in-memory ports, a recording mailer and an HMAC under a test key. */
final class MailFixture {
    private static final Pattern RESUME = Pattern.compile("/#/resume/([A-Za-z0-9_-]{43})");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/api/v1/mail/unsubscribe\\?token=([A-Za-z0-9_.-]+)");

    final InMemoryPorts ports = new InMemoryPorts();
    final RecordingMailer mailer = new RecordingMailer();
    final InMemoryMailRecords records = new InMemoryMailRecords();
    final InMemoryResumeTokens resumeTokens = new InMemoryResumeTokens();
    final Mailing mailing = new Mailing(mailer, records, resumeTokens, hmac("test key"), ports.secrets,
            () -> InMemoryPorts.PUBLIC_URL, new MailTemplates(), ports.log, ports.clock);

    static KeyedDigest hmac(String key) {
        SecretKeySpec spec = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return value -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The latest event of this type waiting in the outbox (claimed, as a dispatcher would). */
    DomainEvent event(EventType type) {
        List<PendingEvent> claimed = ports.outbox.claim(ports.clock.instant().plus(Duration.ofDays(1)), 1_000,
                "test", Duration.ofMinutes(1));
        return claimed.stream().map(PendingEvent::event).filter(event -> event.type() == type)
                .reduce((first, second) -> second).orElseThrow();
    }

    static String resumeToken(MailMessage message) {
        return find(RESUME, message.text());
    }

    static String unsubscribeToken(MailMessage message) {
        return find(UNSUBSCRIBE, message.text());
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no link " + pattern + " in:\n" + text);
        }
        return matcher.group(1);
    }
}
