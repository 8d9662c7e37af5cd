package ara.application.port.out.health;

import java.util.Objects;

/**
 * Outbound port: one real round trip to a backend ARA depends on (the database's {@code SELECT 1}, Redis'
 * {@code PING}, the storage bucket), for the health and readiness checks. Implementations are named for their backend
 * and must be thread-safe; they may block (the caller bounds them with a timeout) and may throw.
 */
public interface HealthCheck {
    /** The public name of the check, e.g. {@code database}, {@code redis}, {@code storage}: lower case, no spaces. */
    String name();

    /**
     * Asks the backend once.
     *
     * @return whether it answered, with a short detail for operators (never a secret)
     * @throws RuntimeException when the backend fails; the caller counts that as down
     */
    Probe probe();

    /** A check for a backend that is deliberately absent: always up, saying so. */
    static HealthCheck notConfigured(String name, String detail) {
        Objects.requireNonNull(name, "name");
        Probe probe = Probe.up("not configured: " + detail);
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Probe probe() {
                return probe;
            }
        };
    }

    /**
     * What one probe found.
     *
     * @param up     whether the backend answered and is usable
     * @param detail what was checked or what went wrong, for admins only (may name hosts, never secrets)
     */
    record Probe(boolean up, String detail) {
        public Probe {
            Objects.requireNonNull(detail, "detail");
        }

        public static Probe up(String detail) {
            return new Probe(true, detail);
        }

        public static Probe down(String detail) {
            return new Probe(false, detail);
        }
    }
}
