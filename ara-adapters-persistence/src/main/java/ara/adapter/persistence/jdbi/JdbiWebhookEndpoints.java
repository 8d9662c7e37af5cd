package ara.adapter.persistence.jdbi;

import ara.application.port.out.webhook.WebhookEndpoints;
import ara.atrest.seal.PersonalDataCipher;
import ara.domain.event.EventType;
import ara.domain.webhook.WebhookEndpoint;
import ara.domain.webhook.WebhookEndpointId;
import ara.domain.webhook.WebhookSecret;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Persistence adapter: the webhook endpoints in the {@code webhook_endpoints} table, their secrets sealed with the
 * personal-data cipher (never stored in clear). Thread-safe.
 */
public final class JdbiWebhookEndpoints implements WebhookEndpoints {
    private static final String COLUMNS = "id, url, event_types, description, secret_sealed, previous_secret_sealed,"
            + " previous_until, enabled, disabled_reason, failing_since, created_at, updated_at";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    public JdbiWebhookEndpoints(Database database, PersonalDataCipher cipher) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    @Override
    public void save(WebhookEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO webhook_endpoints (" + COLUMNS + ") VALUES"
                            + " (:id, :url, :types, :description, :secret, :previous, :previousUntil, :enabled,"
                            + " :reason, :failingSince, :createdAt, :updatedAt) ON DUPLICATE KEY UPDATE"
                            + " url = VALUES(url), event_types = VALUES(event_types),"
                            + " description = VALUES(description), secret_sealed = VALUES(secret_sealed),"
                            + " previous_secret_sealed = VALUES(previous_secret_sealed),"
                            + " previous_until = VALUES(previous_until), enabled = VALUES(enabled),"
                            + " disabled_reason = VALUES(disabled_reason), failing_since = VALUES(failing_since),"
                            + " updated_at = VALUES(updated_at)")
                    .bind("id", endpoint.id().toString())
                    .bind("url", endpoint.url().toString())
                    .bind("types", endpoint.eventTypes().stream().map(EventType::code).sorted()
                            .collect(Collectors.joining(",")))
                    .bind("description", endpoint.description())
                    .bind("secret", cipher.seal(endpoint.secret().encoded()))
                    .bind("previous", endpoint.previousSecret().map(s -> cipher.seal(s.encoded())).orElse(null))
                    .bind("previousUntil", instant(endpoint.previousUntil()))
                    .bind("enabled", endpoint.enabled() ? 1 : 0)
                    .bind("reason", endpoint.disabledReason().orElse(null))
                    .bind("failingSince", instant(endpoint.failingSince()))
                    .bind("createdAt", instant(Optional.of(endpoint.createdAt())))
                    .bind("updatedAt", instant(Optional.of(endpoint.updatedAt())))
                    .execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("save webhook endpoint " + endpoint.id(), e);
        }
    }

    @Override
    public Optional<WebhookEndpoint> find(WebhookEndpointId id) {
        Objects.requireNonNull(id, "id");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                            + " FROM webhook_endpoints WHERE id = :id")
                    .bind("id", id.toString())
                    .map((rs, ctx) -> endpoint(rs))
                    .findOne());
        } catch (JdbiException e) {
            throw SqlFailures.translate("find webhook endpoint " + id, e);
        }
    }

    @Override
    public List<WebhookEndpoint> all() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                            + " FROM webhook_endpoints ORDER BY created_at, id")
                    .map((rs, ctx) -> endpoint(rs))
                    .list());
        } catch (JdbiException e) {
            throw SqlFailures.translate("list webhook endpoints", e);
        }
    }

    @Override
    public boolean delete(WebhookEndpointId id) {
        Objects.requireNonNull(id, "id");
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM webhook_endpoints WHERE id = :id")
                    .bind("id", id.toString())
                    .execute()) == 1;
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete webhook endpoint " + id, e);
        }
    }

    private static org.jdbi.v3.core.argument.Argument instant(Optional<Instant> instant) {
        return SqlInstants.argument(instant.map(at -> at.truncatedTo(ChronoUnit.MICROS)).orElse(null));
    }

    private WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        String previous = rs.getString("previous_secret_sealed");
        return new WebhookEndpoint(new WebhookEndpointId(UUID.fromString(rs.getString("id"))),
                URI.create(rs.getString("url")),
                Arrays.stream(rs.getString("event_types").split(","))
                        .map(code -> EventType.fromCode(code).orElseThrow(
                                () -> new IllegalStateException("unknown event type " + code)))
                        .collect(Collectors.toSet()),
                rs.getString("description"),
                new WebhookSecret(cipher.open(rs.getString("secret_sealed"))),
                Optional.ofNullable(previous).map(sealed -> new WebhookSecret(cipher.open(sealed))),
                Optional.ofNullable(SqlInstants.read(rs, "previous_until")),
                rs.getInt("enabled") == 1,
                Optional.ofNullable(rs.getString("disabled_reason")),
                Optional.ofNullable(SqlInstants.read(rs, "failing_since")),
                SqlInstants.read(rs, "created_at"),
                SqlInstants.read(rs, "updated_at"));
    }
}
