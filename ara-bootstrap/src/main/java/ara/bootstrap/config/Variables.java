package ara.bootstrap.config;

import ara.application.port.in.limit.AdmitRequestCommand.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every environment variable ARA reads, in one place: {@link ConfigSource} refuses to read a name missing here, and
 * {@code bin/ara check-config --variables} prints this list (deployments derive their variables from it). Immutable.
 */
public final class Variables {

    /**
     * One variable.
     *
     * @param name     the exact name ({@code OTEL_*} stands for the OpenTelemetry SDK's standard variables)
     * @param fallback the value when unset, in words
     * @param secret   whether its value is a secret (deployments keep it in a secret store)
     * @param meaning  what it sets
     */
    public record Variable(String name, String fallback, boolean secret, String meaning) {
    }

    /** Every variable, in the README's order. */
    public static final List<Variable> ALL = all();
    /** The prefix whose variables pass through to the OpenTelemetry SDK. */
    public static final String OTEL_PREFIX = "OTEL_";

    private Variables() {
    }

    /** Whether ARA reads this name. */
    public static boolean isKnown(String name) {
        return find(name).isPresent();
    }

    public static Optional<Variable> find(String name) {
        return ALL.stream().filter(variable -> variable.name().equals(name)).findFirst();
    }

    private static List<Variable> all() {
        List<Variable> all = new ArrayList<>(List.of(
                plain("ARA_HOST", "0.0.0.0", "interface the HTTP server listens on"),
                plain("ARA_PORT", "7070", "HTTP port (0 picks a free one)"),
                plain("ARA_DATA_DIR", "./data", "where the embedded defaults keep their files"),
                plain("ARA_DB_URL", "unset: embedded H2", "MySQL/MariaDB JDBC URL, or 'memory'"),
                plain("ARA_DB_USER", "root", "database user (only with ARA_DB_URL)"),
                secret("ARA_DB_PASSWORD", "empty", "database password (only with ARA_DB_URL)"),
                plain("ARA_DB_POOL_SIZE", "10", "most pooled connections"),
                plain("ARA_DB_POOL_MIN_IDLE", "2", "idle connections kept"),
                plain("ARA_DB_CONNECTION_TIMEOUT_MS", "5000", "how long a request waits for a free connection"),
                plain("ARA_MAX_REQUEST_BYTES", "65536", "largest request body"),
                plain("ARA_BODY_READ_SECONDS", "60", "longest a request body may take to arrive, per 64 KiB"),
                plain("ARA_MAX_QUESTIONNAIRE_BYTES", "1048576", "largest questionnaire document an admin may publish"),
                plain("ARA_VIRTUAL_THREADS", "true", "serve requests on virtual threads"),
                plain("ARA_SHUTDOWN_TIMEOUT_MS", "10000", "how long a graceful stop waits for in-flight requests"),
                plain("ARA_CORS_ORIGINS", "unset: no CORS", "origins allowed cross-origin access"),
                plain("ARA_TRUSTED_PROXIES", "unset: none", "reverse proxies whose X-Forwarded-For is believed"),
                plain("ARA_CLIENT_ADDRESS_HEADER", "unset: none",
                        "header naming the viewer as ip:port, believed from a trusted proxy (CloudFront-Viewer-Address)"),
                plain(ConfigSource.CONFIG_FILE, "unset", "a properties file with any of these variables"),
                plain("ARA_LOG_LEVEL", "INFO", "root log level (read by the logging configuration)"),
                plain("ARA_LOG_FORMAT", "text embedded, json with ARA_DB_URL", "text or json log lines"),
                plain("ARA_SHUTDOWN_DRAIN_MS", "2000", "how long /api/ready answers 503 before the server stops"),
                plain("ARA_HEALTH_TIMEOUT_MS", "2000", "how long one health check may take"),
                secret("ARA_METRICS_TOKEN", "unset: public", "bearer token /api/metrics then requires"),
                plain("ARA_JWT_JWKS_URL", "unset", "the identity provider's JWKS URL"),
                secret("ARA_JWT_SECRET", "unset", "a shared HS256 secret instead of JWKS"),
                plain("ARA_JWT_ISSUER", "unset", "the iss a token must carry"),
                plain("ARA_JWT_AUDIENCE", "unset", "the aud a token must carry"),
                plain("ARA_JWT_ALGORITHM", "RS256", "with JWKS: RS256 or ES256"),
                plain("ARA_JWT_ROLES_CLAIM", "roles", "the claim holding the user's roles"),
                secret("ARA_DATA_KEY", "unset: a key file in ARA_DATA_DIR", "AES-256 key sealing personal data"),
                plain("ARA_DATA_KEY_ID", "k1", "the id stored with every sealed value"),
                secret("ARA_DATA_KEYS_RETIRED", "unset", "older keys still needed to read old values"),
                plain("ARA_GUEST_SUBMIT", "email", "what a guest must do before submitting: open, email, login"),
                secret("ARA_REDIS_URL", "unset: in process", "Redis shared by every instance"),
                plain("ARA_REDIS_NAMESPACE", "ara", "prefix of every Redis key"),
                plain("ARA_REDIS_TIMEOUT_MS", "250", "how long a Redis command may take"),
                plain("ARA_REDIS_CONNECT_TIMEOUT_MS", "1000", "how long connecting to Redis may take")));
        for (Scope scope : Scope.values()) {
            all.add(plain(LimitSettings.variable(scope), LimitSettings.defaultLimit(scope),
                    "rate limit " + scope.code()));
        }
        all.addAll(List.of(
                plain("ARA_S3_ENDPOINT", "unset: the local directory", "S3-compatible storage for reports and uploads"),
                plain("ARA_S3_REGION", "us-east-1", "the bucket's region"),
                plain("ARA_S3_BUCKET", "unset", "the bucket (only with ARA_S3_ENDPOINT)"),
                secret("ARA_S3_ACCESS_KEY", "unset", "the storage access key (only with ARA_S3_ENDPOINT)"),
                secret("ARA_S3_SECRET_KEY", "unset", "the storage secret key (only with ARA_S3_ENDPOINT)"),
                plain("ARA_S3_CONNECT_TIMEOUT_MS", "5000", "how long connecting to the storage may take"),
                plain("ARA_S3_REQUEST_TIMEOUT_MS", "60000", "how long one storage request may take"),
                plain("ARA_STORAGE_DIR", "$ARA_DATA_DIR/objects", "without S3: the directory of reports and uploads"),
                secret("ARA_STORAGE_LINK_SECRET", "unset: a file in ARA_DATA_DIR", "without S3: signs the links"),
                plain("ARA_PUBLIC_URL", "http://localhost:<port>",
                        "ARA's URL as clients reach it: links in mail, and without S3 download links"),
                plain("ARA_EDGE_WORKER_URL", "unset: no edge grants", "with S3: the edge worker's URL (/r2/grants)"),
                secret("ARA_EDGE_GRANT_SECRET", "unset", "with ARA_EDGE_WORKER_URL: the HMAC secret it shares"),
                plain("ARA_REPORT_WORKERS", "number of cores", "report render workers in this instance"),
                plain("ARA_REPORT_LINK_TTL", "7d", "how long a download link works"),
                plain("ARA_REPORT_MAX_ATTEMPTS", "5", "attempts before a report fails for good"),
                plain("ARA_REPORT_RETRY_DELAY", "5s", "the wait after a failed attempt, doubling"),
                plain("ARA_REPORT_LEASE", "2m", "how long a worker holds a job"),
                plain("ARA_REPORT_POLL_INTERVAL", "500ms", "how often an idle worker looks for due jobs")));
        all.add(plain("ARA_REPORT_RETENTION_DAYS", "365", "how long finished reports and their documents are kept"));
        all.add(plain("ARA_MAINTENANCE_INTERVAL_MINUTES", "60", "how often the retention clean-ups run (0: never)"));
        all.add(plain(OutboxSettings.POLL_INTERVAL, "1s", "how often the idle outbox dispatcher looks for due events"));
        all.add(plain(OutboxSettings.WEBHOOK_ALLOW_PRIVATE, "false",
                "true: webhooks may go to private addresses and plain http (tests, private networks)"));
        all.addAll(List.of(
                plain("ARA_SMTP_URL", "unset: .eml files in ARA_DATA_DIR/mail",
                        "the SMTP server: smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)"),
                plain("ARA_SMTP_HOST", "unset", "the SMTP server's host, instead of ARA_SMTP_URL"),
                plain("ARA_SMTP_PORT", "587", "with ARA_SMTP_HOST: its port (465 means TLS, any other STARTTLS)"),
                plain("ARA_SMTP_USER", "unset: no login", "the user ARA logs in to the SMTP server as"),
                secret("ARA_SMTP_PASSWORD", "unset", "the SMTP password (with ARA_SMTP_USER)"),
                plain("ARA_SMTP_PLAIN", "false", "true: SMTP without encryption (a local relay or tests only)"),
                plain("ARA_MAIL_FROM", "ARA <ara@localhost>; required with SMTP", "who messages come from"),
                plain("ARA_MAIL_RETENTION_DAYS", "30", "how long .eml files, sent-message and bounce records are kept")));
        all.addAll(List.of(
                plain("ARA_LLM_BASE_URL", "unset: offline assistant", "an OpenAI-compatible API for the assistant"),
                plain("ARA_LLM_MODEL", "unset", "the assistant's chat model"),
                secret("ARA_LLM_API_KEY", "unset", "the assistant's API key"),
                plain("ARA_LLM_EMBEDDING_MODEL", "unset: local embeddings", "the embeddings model for recall"),
                plain("ARA_LLM_CONNECT_TIMEOUT_MS", "3000", "connecting to the model"),
                plain("ARA_LLM_STALL_TIMEOUT_MS", "10000", "until the reply starts and between streamed lines"),
                plain("ARA_LLM_REPLY_TIMEOUT_MS", "60000", "for a whole reply"),
                plain("ARA_LLM_RETRIES", "1", "extra attempts before anything streamed"),
                plain("ARA_LLM_BREAKER_FAILURES", "3", "failed replies that open the model's circuit breaker"),
                plain("ARA_LLM_BREAKER_OPEN_MS", "30000", "how long the breaker stays open")));
        all.add(plain("ARA_JAVA_HOME", "unset", "JDK for bin/ara (read by the launcher)"));
        all.add(plain("JAVA_OPTS", "unset", "extra JVM options for bin/ara (read by the launcher)"));
        all.add(plain(OTEL_PREFIX + "*", "unset: no export", "the OpenTelemetry SDK's standard variables"));
        return List.copyOf(all);
    }

    private static Variable plain(String name, String fallback, String meaning) {
        return new Variable(name, fallback, false, meaning);
    }

    private static Variable secret(String name, String fallback, String meaning) {
        return new Variable(name, fallback, true, meaning);
    }
}
