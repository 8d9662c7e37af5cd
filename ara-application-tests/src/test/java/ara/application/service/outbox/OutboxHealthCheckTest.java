package ara.application.service.outbox;

import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;
import ara.adapter.memory.InMemoryEventOutbox;
import ara.application.port.out.health.HealthCheck.Probe;
import ara.contract.AuditSamples;
import ara.contract.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox check fails once an event has waited longer than allowed. */
class OutboxHealthCheckTest {
    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final OutboxHealthCheck check = new OutboxHealthCheck(outbox, clock, OutboxHealthCheck.DEFAULT_DELAY);

    @Test
    void failsOnlyWhenTheOldestWaitingEventIsOlderThanFiveMinutes() {
        assertThat(check.name()).isEqualTo("outbox");
        assertThat(check.probe()).isEqualTo(Probe.up("no events waiting"));
        new InMemoryAuditRepository(new InMemoryChatRepository(), outbox)
                .create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), T0));

        clock.set(T0.plus(Duration.ofMinutes(5)));
        assertThat(check.probe().up()).isTrue();

        clock.set(T0.plus(Duration.ofMinutes(5)).plusSeconds(1));
        Probe late = check.probe();
        assertThat(late.up()).isFalse();
        assertThat(late.detail()).isEqualTo("1 events waiting, the oldest for 301 s (more than 5 min)");
    }
}
