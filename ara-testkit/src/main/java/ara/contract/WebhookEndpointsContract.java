package ara.contract;

import ara.application.port.out.webhook.WebhookEndpoints;
import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every store of webhook endpoints must have, as one abstract test: what is saved comes back equal
 * (secrets, the previous secret and its end, the disabled state and reason, the run of failures), a save replaces,
 * deletion removes, and the list is oldest first. Tests share the store and use their own ids.
 */
public abstract class WebhookEndpointsContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract WebhookEndpoints endpoints();

    private static WebhookSecret secret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return WebhookSecret.of(key);
    }

    private WebhookEndpoint registered(Instant at) {
        return WebhookEndpoint.register(new WebhookEndpointId(UUID.randomUUID()),
                URI.create("https://hooks.example.com/ara?x=1"), Set.of(EventType.AUDIT_SUBMITTED,
                        EventType.REPORT_READY), "CRM «intake» ✓", secret(), at);
    }

    @Test
    void returnsWhatWasSaved() {
        WebhookEndpoint endpoint = registered(now);
        endpoints().save(endpoint);

        assertThat(endpoints().find(endpoint.id())).contains(endpoint);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(endpoints().find(new WebhookEndpointId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void keepsRotationFailuresAndDisabling() {
        WebhookEndpoint endpoint = registered(now);
        endpoints().save(endpoint);
        WebhookEndpoint changed = endpoint.rotated(secret(), now.plusSeconds(5), Duration.ofHours(24))
                .failed(now.plusSeconds(6))
                .disabled("every delivery failed for 3 days", now.plusSeconds(7))
                .changed(URI.create("https://other.example.org/h"), Set.of(EventType.AUDIT_STARTED), "",
                        false, now.plusSeconds(8));
        endpoints().save(changed);

        WebhookEndpoint found = endpoints().find(endpoint.id()).orElseThrow();
        assertThat(found).isEqualTo(changed);
        assertThat(found.previousSecret()).contains(endpoint.secret());
        assertThat(found.enabled()).isFalse();
        assertThat(found.disabledReason()).contains("every delivery failed for 3 days");
        assertThat(found.failingSince()).contains(now.plusSeconds(6));
    }

    @Test
    void deletes() {
        WebhookEndpoint endpoint = registered(now);
        endpoints().save(endpoint);

        assertThat(endpoints().delete(endpoint.id())).isTrue();
        assertThat(endpoints().delete(endpoint.id())).isFalse();
        assertThat(endpoints().find(endpoint.id())).isEmpty();
    }

    @Test
    void listsOldestFirst() {
        WebhookEndpoint later = registered(now.plusSeconds(60));
        WebhookEndpoint earlier = registered(now.minusSeconds(60));
        endpoints().save(later);
        endpoints().save(earlier);

        assertThat(endpoints().all()).containsSubsequence(earlier, later);
    }
}
