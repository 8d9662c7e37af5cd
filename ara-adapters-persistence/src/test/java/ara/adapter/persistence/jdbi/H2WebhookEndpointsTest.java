package ara.adapter.persistence.jdbi;

import ara.application.port.out.webhook.WebhookEndpoints;
import ara.contract.WebhookEndpointsContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBI webhook endpoints on the embedded default (H2 in MySQL mode) against the contract. */
class H2WebhookEndpointsTest extends WebhookEndpointsContract {
    @TempDir
    static Path dataDir;

    private static Database database;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(DatabaseSettings.embedded(dataDir));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected WebhookEndpoints endpoints() {
        return Repositories.webhookEndpoints(database);
    }

    @Test
    void storesSecretsSealed() {
        WebhookSecret secret = WebhookSecret.of(new byte[32]);
        WebhookEndpoint endpoint = WebhookEndpoint.register(new WebhookEndpointId(UUID.randomUUID()),
                URI.create("https://hooks.example.com/"), Set.of(EventType.REPORT_READY), "", secret, Instant.now());
        endpoints().save(endpoint);

        List<String> stored = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT secret_sealed FROM webhook_endpoints WHERE id = :id").bind("id", endpoint.id().toString())
                .mapTo(String.class).list());
        assertThat(stored).hasSize(1).noneMatch(sealed -> sealed.contains(secret.encoded().substring(6)));
        assertThat(endpoints().find(endpoint.id()).orElseThrow().secret()).isEqualTo(secret);
    }
}
