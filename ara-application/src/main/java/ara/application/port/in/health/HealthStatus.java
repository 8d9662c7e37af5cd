package ara.application.port.in.health;

import java.util.Locale;

/** How a check, or ARA as a whole, is doing: degraded means working without a non-critical backend. */
public enum HealthStatus {
    HEALTHY, DEGRADED, UNHEALTHY;

    /** The lower-case word the API shows. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The worse of the two. */
    public HealthStatus worst(HealthStatus other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
