package ara.bootstrap.config;

import ara.adapter.redis.RedisSettings;
import ara.adapter.web.WebSettings;
import ara.domain.identity.GuestSubmitPolicy;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * All of ARA's settings, read and checked once at start-up. Every variable is listed in README.md.
 *
 * @param dataDir     where the embedded defaults keep their files ({@code ARA_DATA_DIR}, default {@code ./data})
 * @param guestSubmit what a guest must do before submitting ({@code ARA_GUEST_SUBMIT}: open, email (default), login)
 * @param redis       the Redis server shared by every instance ({@code ARA_REDIS_URL}), or empty for the in-process
 *                    variants (one instance)
 * @param limits      the rate limits ({@code ARA_LIMIT_*})
 * @param storage     where report documents and uploads are kept ({@code ARA_S3_*}, or the local directory)
 * @param reports     the report pipeline ({@code ARA_REPORT_*})
 * @param observability health, metrics, tracing and log settings
 * @param maintenance the schedule of the retention clean-ups
 * @param assistant   the language model behind the assistant ({@code ARA_LLM_*}), or empty for the offline assistant
 * @param mail        the mail channel: an SMTP server ({@code ARA_SMTP_*}) or .eml files in the data directory
 * @param outbox      the outbox dispatcher ({@code ARA_OUTBOX_*})
 */
public record AraSettings(Path dataDir, ServerSettings server, DatabaseChoice database, IdentitySettings identity,
                          DataKeySettings dataKeys, GuestSubmitPolicy guestSubmit, Optional<RedisSettings> redis,
                          LimitSettings limits, StorageSettings storage, ReportSettings reports,
                          ObservabilitySettings observability, MaintenanceSettings maintenance,
                          Optional<AssistantSettings> assistant, MailSettings mail, OutboxSettings outbox) {
    public static final int DEFAULT_PORT = 7070;

    public AraSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(dataKeys, "dataKeys");
        Objects.requireNonNull(guestSubmit, "guestSubmit");
        Objects.requireNonNull(redis, "redis");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(observability, "observability");
        Objects.requireNonNull(maintenance, "maintenance");
        Objects.requireNonNull(assistant, "assistant");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * Reads and checks every setting.
     *
     * @throws InvalidConfiguration naming the first bad variable
     */
    public static AraSettings from(ConfigSource source) {
        Path dataDir = path(source, "ARA_DATA_DIR", "data");
        ServerSettings server = new ServerSettings(
                source.get("ARA_HOST", "0.0.0.0"),
                source.integer("ARA_PORT", DEFAULT_PORT, 0, 65_535),
                source.integer("ARA_MAX_REQUEST_BYTES", 64 * 1024, 1024, 16 * 1024 * 1024),
                source.flag("ARA_VIRTUAL_THREADS", true),
                source.integer("ARA_SHUTDOWN_TIMEOUT_MS", 10_000, 0, 300_000),
                checked(source, "ARA_CORS_ORIGINS", origins -> WebSettings.defaults().withCorsOrigins(origins)),
                checked(source, "ARA_TRUSTED_PROXIES", proxies -> WebSettings.defaults().withTrustedProxies(proxies)),
                source.integer("ARA_BODY_READ_SECONDS", (int) WebSettings.DEFAULT_BODY_READ_TIMEOUT.toSeconds(), 5, 3_600),
                source.integer("ARA_MAX_QUESTIONNAIRE_BYTES", (int) WebSettings.DEFAULT_MAX_QUESTIONNAIRE_BYTES,
                        64 * 1024, 16 * 1024 * 1024),
                clientAddressHeader(source));
        String guestSubmit = source.get("ARA_GUEST_SUBMIT", GuestSubmitPolicy.EMAIL.code());
        GuestSubmitPolicy policy = GuestSubmitPolicy.fromCode(guestSubmit).orElseThrow(() ->
                new InvalidConfiguration("ARA_GUEST_SUBMIT", "must be open, email or login, got '" + guestSubmit + "'"));
        DatabaseChoice database = database(source, dataDir);
        return new AraSettings(dataDir, server, database, IdentitySettings.from(source),
                DataKeySettings.from(source), policy, redis(source), LimitSettings.from(source),
                StorageSettings.from(source, dataDir), ReportSettings.from(source),
                ObservabilitySettings.from(source, database instanceof DatabaseChoice.External),
                MaintenanceSettings.from(source),
                AssistantSettings.from(source), MailSettings.from(source, dataDir), OutboxSettings.from(source));
    }

    /** ARA_CLIENT_ADDRESS_HEADER: a header name, or empty. */
    private static String clientAddressHeader(ConfigSource source) {
        String header = source.get("ARA_CLIENT_ADDRESS_HEADER", "");
        try {
            return WebSettings.defaults().withClientAddressHeader(header).clientAddressHeader();
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration("ARA_CLIENT_ADDRESS_HEADER", "must be a header name such as"
                    + " CloudFront-Viewer-Address, got '" + header + "'");
        }
    }

    private static Optional<RedisSettings> redis(ConfigSource source) {
        String url = source.get("ARA_REDIS_URL").orElse(null);
        if (url == null) {
            for (String orphan : new String[] {"ARA_REDIS_NAMESPACE", "ARA_REDIS_TIMEOUT_MS",
                    "ARA_REDIS_CONNECT_TIMEOUT_MS"}) {
                if (source.get(orphan).isPresent()) {
                    throw new InvalidConfiguration(orphan, "is set but ARA_REDIS_URL is not; set ARA_REDIS_URL too, "
                            + "or unset " + orphan);
                }
            }
            return Optional.empty();
        }
        Duration connect = Duration.ofMillis(source.integer("ARA_REDIS_CONNECT_TIMEOUT_MS", 1_000, 1, 60_000));
        Duration socket = Duration.ofMillis(source.integer("ARA_REDIS_TIMEOUT_MS", 250, 1, 60_000));
        String namespace = source.get("ARA_REDIS_NAMESPACE", RedisSettings.DEFAULT_NAMESPACE);
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            // The reason and position only: the input may hold a password.
            throw new InvalidConfiguration("ARA_REDIS_URL", "is not a URL (redis://host:port or rediss://…): "
                    + e.getReason() + " at index " + e.getIndex());
        }
        RedisSettings settings;
        try {
            settings = new RedisSettings(uri, connect, socket, RedisSettings.DEFAULT_NAMESPACE);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration("ARA_REDIS_URL", e.getMessage());
        }
        try {
            return Optional.of(settings.withNamespace(namespace));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration("ARA_REDIS_NAMESPACE", e.getMessage());
        }
    }

    /**
     * A comma-separated list (blank entries dropped), checked by the web adapter's own parser so that the rules live
     * in one place; its complaint is reported against the variable.
     */
    private static List<String> checked(ConfigSource source, String name, Consumer<List<String>> check) {
        List<String> entries = Arrays.stream(source.get(name, "").split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
        try {
            check.accept(entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(name, e.getMessage());
        }
        return entries;
    }

    private static DatabaseChoice database(ConfigSource source, Path dataDir) {
        DatabaseChoice.Pool pool = new DatabaseChoice.Pool(
                source.integer("ARA_DB_POOL_SIZE", 10, 1, 500),
                source.integer("ARA_DB_POOL_MIN_IDLE", 2, 0, 500),
                source.integer("ARA_DB_CONNECTION_TIMEOUT_MS", 5_000, 250, 600_000));
        String url = source.get("ARA_DB_URL").orElse(null);
        if (url == null) {
            rejectOrphan(source, "ARA_DB_USER");
            rejectOrphan(source, "ARA_DB_PASSWORD");
            return new DatabaseChoice.Embedded(dataDir, pool);
        }
        if (url.equals("memory")) {
            return new DatabaseChoice.InMemory();
        }
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new InvalidConfiguration("ARA_DB_URL", "must be a MySQL JDBC URL (jdbc:mysql://host:port/db) or "
                    + "'memory', got '" + url + "'");
        }
        return new DatabaseChoice.External(url, source.get("ARA_DB_USER", "root"),
                source.get("ARA_DB_PASSWORD", ""), pool);
    }

    /** A user or password without a database URL is a half-configured system: refuse it rather than ignore it. */
    private static void rejectOrphan(ConfigSource source, String name) {
        if (source.get(name).isPresent()) {
            throw new InvalidConfiguration(name, "is set but ARA_DB_URL is not; set ARA_DB_URL too, or unset " + name);
        }
    }

    private static Path path(ConfigSource source, String name, String fallback) {
        String raw = source.get(name, fallback);
        try {
            return Path.of(raw);
        } catch (RuntimeException e) {
            throw new InvalidConfiguration(name, "is not a valid path: " + raw);
        }
    }
}
