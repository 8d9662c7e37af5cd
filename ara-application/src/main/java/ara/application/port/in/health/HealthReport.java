package ara.application.port.in.health;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every check at one moment, and the overall status: the worst of them. Immutable.
 *
 * @param checkedAt when the checks ran (reports are reused for about a second)
 */
public record HealthReport(HealthStatus status, List<CheckResult> checks, Instant checkedAt) {
    public HealthReport {
        Objects.requireNonNull(status, "status");
        checks = List.copyOf(checks);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** A report whose status is the worst of the checks' (healthy when there are none). */
    public static HealthReport of(List<CheckResult> checks, Instant checkedAt) {
        HealthStatus status = HealthStatus.HEALTHY;
        for (CheckResult check : checks) {
            status = status.worst(check.status());
        }
        return new HealthReport(status, checks, checkedAt);
    }

    /** The check of that name, if there is one. */
    public Optional<CheckResult> check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst();
    }
}
