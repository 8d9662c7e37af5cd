package ara.application.port.in.health;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Every check at one moment, and the overall status: the worst of them. Immutable.
 *
 * @param checkedAt when the checks ran (reports are reused for about a second)
 */
public record HealthView(Status status, List<CheckView> checks, Instant checkedAt) {
    public HealthView {
        Objects.requireNonNull(status, "status");
        checks = List.copyOf(checks);
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** How a check, or ARA as a whole, is doing: degraded means working without a non-critical backend. */
    public enum Status {
        HEALTHY, DEGRADED, UNHEALTHY;

        /** The lower-case word the API shows. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The worse of the two. */
        public Status worst(Status other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** A report whose status is the worst of the checks' (healthy when there are none). */
    public static HealthView of(List<CheckView> checks, Instant checkedAt) {
        Status status = Status.HEALTHY;
        for (CheckView check : checks) {
            status = status.worst(check.status());
        }
        return new HealthView(status, checks, checkedAt);
    }

    /** The check of that name, if there is one. */
    public Optional<CheckView> check(String name) {
        return checks.stream().filter(check -> check.name().equals(name)).findFirst();
    }
}
