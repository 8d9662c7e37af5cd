package ara.application.port.in.health;

import java.util.List;
import java.util.Objects;

/**
 * Whether this instance should get traffic: it has finished starting, is not draining for shutdown, and every
 * critical check passes.
 *
 * @param ready  whether to send traffic here
 * @param reason {@code ready}, {@code starting}, {@code draining}, or {@code unhealthy: <check>}
 * @param checks the critical checks behind the answer (none while starting or draining)
 */
public record ReadinessView(boolean ready, String reason, List<CheckView> checks) {
    public ReadinessView {
        Objects.requireNonNull(reason, "reason");
        checks = List.copyOf(checks);
    }
}
