package ara.bootstrap.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.trace.SpanProcessor;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * ARA's OpenTelemetry SDK: configured by the standard {@code OTEL_*} variables (autoconfigure), exporting traces and
 * metrics over OTLP (http/protobuf) only when {@code OTEL_EXPORTER_OTLP_ENDPOINT} (or a per-signal endpoint) is
 * set, and always serving every metric to {@code /api/metrics} through {@link PrometheusText}. Registers the JVM
 * metrics. Close it once when ARA stops. Thread-safe.
 */
public final class Telemetry implements AutoCloseable {
    /** The instrumentation scope of what bootstrap measures itself (JVM, pool, cache, circuit breaker). */
    static final String SCOPE = "ara.bootstrap";

    private final OpenTelemetrySdk sdk;
    private final PrometheusText prometheus;
    private final List<Runnable> undo = new CopyOnWriteArrayList<>();

    private Telemetry(OpenTelemetrySdk sdk, PrometheusText prometheus) {
        this.sdk = sdk;
        this.prometheus = prometheus;
        undo.addAll(JvmMetrics.register(sdk.getMeter(SCOPE)));
    }

    /**
     * The SDK as the {@code OTEL_*} variables describe it.
     *
     * @param otelVariables OTEL_* variables from ARA's configuration file (the process environment still wins)
     * @param extra         a span processor to add, e.g. an in-memory exporter in tests; {@code null} for none
     */
    public static Telemetry configure(Map<String, String> otelVariables, SpanProcessor extra) {
        Objects.requireNonNull(otelVariables, "otelVariables");
        PrometheusText prometheus = new PrometheusText();
        OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
                .addPropertiesSupplier(() -> defaults(otelVariables))
                .addPropertiesCustomizer(Telemetry::exportOnlyWithAnEndpoint)
                .addMeterProviderCustomizer((meters, config) -> meters.registerMetricReader(prometheus))
                .addTracerProviderCustomizer((tracers, config) -> extra == null ? tracers
                        : tracers.addSpanProcessor(extra))
                .disableShutdownHook()
                .build()
                .getOpenTelemetrySdk();
        return new Telemetry(sdk, prometheus);
    }

    /** ARA's defaults below the variables: service name {@code ara}, OTLP over HTTP, logs to stdout only. */
    private static Map<String, String> defaults(Map<String, String> otelVariables) {
        Map<String, String> properties = new HashMap<>();
        properties.put("otel.service.name", "ara");
        properties.put("otel.exporter.otlp.protocol", "http/protobuf");
        properties.put("otel.logs.exporter", "none");
        otelVariables.forEach((name, value) -> properties.put(name.toLowerCase(Locale.ROOT).replace('_', '.'),
                value));
        return properties;
    }

    /** Without an OTLP endpoint, nothing is exported: no collector is assumed at localhost. */
    private static Map<String, String> exportOnlyWithAnEndpoint(ConfigProperties config) {
        boolean anyEndpoint = config.getString("otel.exporter.otlp.endpoint") != null
                || config.getString("otel.exporter.otlp.traces.endpoint") != null
                || config.getString("otel.exporter.otlp.metrics.endpoint") != null;
        if (anyEndpoint) {
            return Map.of();
        }
        return Map.of("otel.traces.exporter", "none", "otel.metrics.exporter", "none");
    }

    /** The OpenTelemetry instance for the API users (web adapter, application). */
    public OpenTelemetry openTelemetry() {
        return sdk;
    }

    public Tracer tracer(String scope) {
        return sdk.getTracer(scope);
    }

    public Meter meter(String scope) {
        return sdk.getMeter(scope);
    }

    /** Bootstrap's own meter, for the backend metrics. */
    Meter meter() {
        return sdk.getMeter(SCOPE);
    }

    /** Every metric now, in the Prometheus text format. */
    public String scrape() {
        return prometheus.scrape();
    }

    /** Flushes pending spans and metrics (up to 5 s) and stops the SDK. */
    @Override
    public void close() {
        undo.forEach(Runnable::run);
        sdk.shutdown().join(5, TimeUnit.SECONDS);
    }
}
