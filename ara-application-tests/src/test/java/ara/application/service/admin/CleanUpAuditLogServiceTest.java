package ara.application.service.admin;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.CleanUpAuditLogUseCase;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.out.auditlog.AuditEvent;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanUpAuditLogServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final CleanUpAuditLogService service = new CleanUpAuditLogService(ports.log, ports.lease, "instance-a",
            ports.clock);

    private void event(Instant at, String action) {
        ports.log.record(new AuditEvent(at, "user:alice", action, null, AuditEvent.SUCCESS, null, null));
    }

    @Test
    void deletesEventsAYearOldOrOlderAndLogsThatItDid() {
        Instant now = InMemoryPorts.START.plus(Duration.ofDays(400));
        event(InMemoryPorts.START, "audit.created");
        event(now.minus(CleanUpAuditLogService.RETENTION), "audit.submitted");
        event(now.minus(CleanUpAuditLogService.RETENTION).plusSeconds(1), "audit.claimed");
        ports.clock.set(now);

        CleanupView view = service.cleanUp(new CleanUpCommand(false, "scheduler"));

        assertThat(view.job()).isEqualTo(CleanUpAuditLogUseCase.JOB);
        assertThat(view.count()).isEqualTo(2);
        assertThat(view.ranAt()).isEqualTo(now);
        assertThat(view.ids()).isEmpty();
        assertThat(ports.log.latest(10)).extracting(AuditEvent::action)
                .containsExactly("maintenance.audit_log_cleanup", "audit.claimed");
        assertThat(ports.log.latest(1).getFirst().actor()).isEqualTo("scheduler");
    }

    @Test
    void aDryRunCountsWithoutDeletingOrLogging() {
        event(InMemoryPorts.START, "audit.created");
        ports.clock.advance(CleanUpAuditLogService.RETENTION);

        CleanupView view = service.cleanUp(new CleanUpCommand(true, "user:root"));

        assertThat(view.dryRun()).isTrue();
        assertThat(view.count()).isEqualTo(1);
        assertThat(ports.log.latest(10)).extracting(AuditEvent::action).containsExactly("audit.created");
    }

    @Test
    void isBusyWhileAnotherInstanceHoldsTheLease() {
        event(InMemoryPorts.START, "audit.created");
        ports.clock.advance(CleanUpAuditLogService.RETENTION);
        ports.lease.tryAcquire(CleanUpAuditLogUseCase.JOB, "instance-b", ports.clock.instant(), MaintenanceRun.LEASE);

        assertThatThrownBy(() -> service.cleanUp(new CleanUpCommand(false, "scheduler")))
                .isInstanceOf(MaintenanceBusy.class).hasMessageContaining(CleanUpAuditLogUseCase.JOB);
        assertThat(ports.log.latest(10)).hasSize(1);
    }
}
