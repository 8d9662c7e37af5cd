package ara.adapter.webhook;

import ara.application.port.out.webhook.WebhookDeliveryFailed;
import ara.application.port.out.webhook.WebhookTargetRefused;
import ara.contract.WebhookReceiver;
import ara.contract.WebhookReceiver.Delivery;
import ara.contract.WebhookReceiver.Reply;
import ara.domain.audit.AuditId;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Deliveries to a real HTTP receiver that verifies signatures with its own implementation of the specification
 * ({@link ara.contract.WebhookVerification}). The receiver listens on 127.0.0.1, so these senders allow private
 * targets, except where the refusal is the point.
 */
class JettyWebhookSenderTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private final JettyWebhookSender sender = new JettyWebhookSender(WebhookSettings.defaults(true),
            HostResolver.system(), Clock.systemUTC());

    @AfterEach
    void stop() {
        sender.close();
        receiver.close();
    }

    static WebhookSecret secret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return WebhookSecret.of(key);
    }

    static DomainEvent submitted() {
        return new DomainEvent(UUID.randomUUID(), EventType.AUDIT_SUBMITTED, Instant.parse("2026-12-07T10:15:30.123456Z"),
                new AuditId(UUID.randomUUID()), Optional.empty(), "scored",
                Optional.of(new QuestionnaireId("agent-readiness")), OptionalInt.of(3), OptionalInt.of(72),
                Optional.of("Advanced"));
    }

    @Test
    void postsTheEventSignedWithHeadersTheReceiverVerifies() {
        WebhookSecret secret = secret();
        receiver.verifyWith(secret.encoded());
        DomainEvent event = submitted();

        sender.send(receiver.url(), List.of(secret), event);

        Delivery delivery = receiver.take(WAIT);
        assertThat(delivery.problem()).isEmpty();
        assertThat(delivery.method()).isEqualTo("POST");
        assertThat(delivery.header("webhook-id")).isEqualTo(event.id().toString());
        assertThat(Long.parseLong(delivery.header("webhook-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(5L));
        assertThat(delivery.header("content-type")).startsWith("application/json");
        assertThat(delivery.header("webhook-signature")).startsWith("v1,").doesNotContain(" ");
        assertThat(delivery.bodyText()).isEqualTo("{\"type\":\"audit.submitted\","
                + "\"timestamp\":\"2026-12-07T10:15:30.123456Z\",\"data\":{\"auditId\":\"" + event.audit().value()
                + "\",\"status\":\"scored\",\"questionnaire\":{\"id\":\"agent-readiness\",\"version\":3},"
                + "\"total\":72,\"level\":\"Advanced\"}}");
    }

    @Test
    void aWrongSecretDoesNotVerify() {
        receiver.verifyWith(secret().encoded());

        sender.send(receiver.url(), List.of(secret()), submitted());

        assertThat(receiver.take(WAIT).problem()).contains("no v1 signature matches");
    }

    @Test
    void signsWithBothSecretsDuringARotation() {
        WebhookSecret current = secret();
        WebhookSecret previous = secret();
        receiver.verifyWith(previous.encoded(), current.encoded());

        sender.send(receiver.url(), List.of(current, previous), submitted());

        Delivery delivery = receiver.take(WAIT);
        assertThat(delivery.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(delivery.verified()).containsExactly(0, 1);
    }

    @Test
    void aNon2xxAnswerIsAFailure() {
        receiver.verifyWith(secret().encoded()).reply(Reply.status(500));

        assertThatThrownBy(() -> sender.send(receiver.url(), List.of(secret()), submitted()))
                .isInstanceOf(WebhookDeliveryFailed.class).hasMessage("answered 500");
    }

    @Test
    void doesNotFollowRedirects() {
        receiver.verifyWith(secret().encoded()).reply(Reply.redirect(receiver.url("/elsewhere").toString()));

        assertThatThrownBy(() -> sender.send(receiver.url(), List.of(secret()), submitted()))
                .isInstanceOf(WebhookDeliveryFailed.class).hasMessage("answered 307");
        assertThat(receiver.take(WAIT).path()).isEqualTo("/hooks");
        assertThat(receiver.pending()).isEmpty();
    }

    @Test
    void givesUpOnAReceiverThatAnswersTooLate() {
        receiver.reply(Reply.slow(Duration.ofSeconds(5)));
        try (JettyWebhookSender impatient = new JettyWebhookSender(new WebhookSettings(true, Duration.ofSeconds(1),
                Duration.ofMillis(500), 4096), HostResolver.system(), Clock.systemUTC())) {
            assertThatThrownBy(() -> impatient.send(receiver.url(), List.of(secret()), submitted()))
                    .isInstanceOf(WebhookDeliveryFailed.class).hasMessage("timed out");
        }
    }

    @Test
    void readsNoMoreThanALittleOfALargeAnswer() throws InterruptedException {
        long size = 256L * 1024 * 1024;
        receiver.reply(Reply.large(size));

        sender.send(receiver.url(), List.of(secret()), submitted());

        for (int i = 0; i < 100 && receiver.cutBodies() == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(receiver.cutBodies()).isEqualTo(1);
        assertThat(receiver.largeBodyBytesWritten()).isLessThan(size / 4);
    }

    @Test
    void connectsToTheAddressItsResolverChecked() {
        HostResolver pinned = host -> List.of(InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1}));
        receiver.verifyWith(secret().encoded());
        URI url = URI.create("http://hooks.invalid:" + receiver.url().getPort() + "/pinned");
        try (JettyWebhookSender pinning = new JettyWebhookSender(WebhookSettings.defaults(true), pinned,
                Clock.systemUTC())) {
            pinning.send(url, List.of(secret()), submitted());
        }
        Delivery delivery = receiver.take(WAIT);
        assertThat(delivery.path()).isEqualTo("/pinned");
        assertThat(delivery.header("host")).startsWith("hooks.invalid");
    }

    @Test
    void refusesPrivateTargetsUnlessAllowed() {
        try (JettyWebhookSender strict = new JettyWebhookSender(WebhookSettings.defaults(false),
                HostResolver.system(), Clock.systemUTC())) {
            URI https = URI.create("https://127.0.0.1:" + receiver.url().getPort() + "/hooks");
            assertThatThrownBy(() -> strict.send(receiver.url(), List.of(secret()), submitted()))
                    .isInstanceOf(WebhookTargetRefused.class).hasMessageContaining("must use https");
            assertThatThrownBy(() -> strict.send(https, List.of(secret()), submitted()))
                    .isInstanceOf(WebhookTargetRefused.class).hasMessageContaining("loopback");
            assertThatThrownBy(() -> strict.check(https)).isInstanceOf(WebhookTargetRefused.class);
        }
        assertThat(receiver.pending()).isEmpty();
    }
}
