package ara.adapter.web;

import ara.application.port.in.health.CheckHealthUseCase;
import io.opentelemetry.api.OpenTelemetry;

import java.util.Objects;
import java.util.Optional;

/**
 * What the operations routes and the request instrumentation need, handed over by the composition root: the health
 * use case, the metrics page, the OpenTelemetry instance for request spans and HTTP metrics, and the optional bearer
 * token that {@code /api/metrics} then requires. Immutable.
 *
 * @param metricsToken when present, {@code /api/metrics} answers only {@code Authorization: Bearer <token>}
 */
public record WebOperations(CheckHealthUseCase health, MetricsExposition metrics, OpenTelemetry telemetry,
                            Optional<String> metricsToken) {
    public WebOperations {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(metricsToken, "metricsToken");
    }
}
