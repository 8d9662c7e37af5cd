package ara.application.port.in.health;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one health check.
 *
 * @param name     the check's name ({@code database}, {@code redis}, {@code storage}, …)
 * @param status   healthy, or degraded (a non-critical check failed) or unhealthy (a critical one failed)
 * @param critical whether ARA cannot serve without this backend
 * @param duration how long the round trip took (up to the timeout)
 * @param detail   what was found, for admins only: may name hosts, never secrets
 */
public record CheckView(String name, HealthView.Status status, boolean critical, Duration duration, String detail) {
    public CheckView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(detail, "detail");
    }
}
