package ara.application.service.outbox;

import ara.application.port.out.health.HealthCheck;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.outbox.OutboxBacklog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The {@code outbox} health check: down (so ARA reports degraded) when the oldest event waiting for delivery is
 * older than the allowed delay, the sign of a dispatcher that stopped or a channel that keeps failing. Thread-safe.
 */
public final class OutboxHealthCheck implements HealthCheck {
    /** An event waiting longer than this makes the check fail. */
    public static final Duration DEFAULT_DELAY = Duration.ofMinutes(5);

    private final EventOutbox outbox;
    private final Clock clock;
    private final Duration allowedDelay;

    public OutboxHealthCheck(EventOutbox outbox, Clock clock, Duration allowedDelay) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.allowedDelay = Objects.requireNonNull(allowedDelay, "allowedDelay");
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public Probe probe() {
        OutboxBacklog backlog = outbox.backlog();
        if (backlog.oldestPending().isEmpty()) {
            return Probe.up("no events waiting");
        }
        Instant oldest = backlog.oldestPending().get();
        Duration waiting = Duration.between(oldest, clock.instant());
        String detail = backlog.pending() + " events waiting, the oldest for " + waiting.toSeconds() + " s";
        return waiting.compareTo(allowedDelay) > 0 ? Probe.down(detail + " (more than " + allowedDelay.toMinutes()
                + " min)") : Probe.up(detail);
    }
}
