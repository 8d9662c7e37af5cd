package ara.application.service.admin;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpOutboxUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.contract.AuditSamples;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanUpOutboxServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final CleanUpOutboxService service = new CleanUpOutboxService(ports.outbox, ports.lease, "instance-a",
            ports.clock);

    private void eventAt(Instant at) {
        ports.audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), at));
    }

    @Test
    void deletesEventsThirtyDaysOldOrOlder() {
        Instant now = InMemoryPorts.START.plus(Duration.ofDays(40));
        eventAt(InMemoryPorts.START);
        eventAt(now.minus(CleanUpOutboxService.RETENTION).minusSeconds(1));
        eventAt(now.minus(CleanUpOutboxService.RETENTION).plusSeconds(1));
        ports.clock.set(now);

        CleanupView dryRun = service.cleanUp(new CleanUpCommand(true, "admin"));
        CleanupView view = service.cleanUp(new CleanUpCommand(false, "scheduler"));

        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.count()).isEqualTo(2);
        assertThat(view.job()).isEqualTo(CleanUpOutboxUseCase.JOB);
        assertThat(view.count()).isEqualTo(2);
        assertThat(view.more()).isFalse();
        assertThat(ports.outbox.backlog().pending()).isEqualTo(1);
    }

    @Test
    void waitsForNoOtherInstance() {
        ports.lease.tryAcquire(CleanUpOutboxUseCase.JOB, "instance-b", ports.clock.instant(), Duration.ofMinutes(5));

        assertThatThrownBy(() -> service.cleanUp(new CleanUpCommand(false, "scheduler")))
                .isInstanceOf(MaintenanceBusy.class);
    }
}
