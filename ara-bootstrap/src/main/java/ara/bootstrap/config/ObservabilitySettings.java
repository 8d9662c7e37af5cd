package ara.bootstrap.config;

import ara.bootstrap.logging.LogFormat;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Settings of health, metrics, tracing and logs. Immutable; {@link #toString()} never shows the metrics token.
 *
 * @param logFormat     {@code ARA_LOG_FORMAT}: text or json; default text for the embedded run (no
 *                      {@code ARA_DB_URL}), json with an external database
 * @param metricsToken  {@code ARA_METRICS_TOKEN}: when set, {@code /api/metrics} needs it as a bearer token
 * @param drain         {@code ARA_SHUTDOWN_DRAIN_MS}: how long readiness says 503 before the server stops accepting
 * @param healthTimeout {@code ARA_HEALTH_TIMEOUT_MS}: how long one health check may take
 * @param otel          the {@code OTEL_*} variables of the configuration file (the environment's are read by the
 *                      SDK itself)
 */
public record ObservabilitySettings(LogFormat logFormat, Optional<String> metricsToken, Duration drain,
                                    Duration healthTimeout, Map<String, String> otel) {
    public ObservabilitySettings {
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(metricsToken, "metricsToken");
        Objects.requireNonNull(drain, "drain");
        Objects.requireNonNull(healthTimeout, "healthTimeout");
        otel = Map.copyOf(otel);
    }

    static ObservabilitySettings from(ConfigSource source, boolean externalDatabase) {
        LogFormat defaultFormat = externalDatabase ? LogFormat.JSON : LogFormat.TEXT;
        LogFormat format = source.get("ARA_LOG_FORMAT").map(value -> LogFormat.parse(value).orElseThrow(() ->
                new InvalidConfiguration("ARA_LOG_FORMAT", "must be text or json, got '" + value + "'")))
                .orElse(defaultFormat);
        Optional<String> token = source.get("ARA_METRICS_TOKEN");
        if (token.isPresent() && (token.get().length() < 16 || !token.get().matches("[\\x21-\\x7e]+"))) {
            throw new InvalidConfiguration("ARA_METRICS_TOKEN", "must be at least 16 visible ASCII characters "
                    + "(no spaces)");
        }
        return new ObservabilitySettings(format, token,
                Duration.ofMillis(source.integer("ARA_SHUTDOWN_DRAIN_MS", 2_000, 0, 300_000)),
                Duration.ofMillis(source.integer("ARA_HEALTH_TIMEOUT_MS", 2_000, 100, 60_000)),
                new TreeMap<>(source.withPrefix("OTEL_")));
    }

    @Override
    public String toString() {
        return "ObservabilitySettings[logFormat=" + logFormat + ", metricsToken="
                + (metricsToken.isPresent() ? "(set)" : "(none)") + ", drain=" + drain + ", healthTimeout="
                + healthTimeout + ", otel=" + otel.keySet() + "]";
    }
}
