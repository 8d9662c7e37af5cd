package ara.application.service.admin;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.MaintenanceBusy;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaintenanceRunTest {
    private static final String JOB = "some-cleanup";

    private final InMemoryPorts ports = new InMemoryPorts();
    private final MaintenanceRun a = new MaintenanceRun(ports.lease, "instance-a", ports.clock);
    private final MaintenanceRun b = new MaintenanceRun(ports.lease, "instance-b", ports.clock);

    @Test
    void runsTheWorkUnderTheLeaseAndReleasesIt() {
        String inside = a.exclusively(JOB, () -> {
            assertThatThrownBy(() -> b.exclusively(JOB, () -> "b")).isInstanceOf(MaintenanceBusy.class);
            return "a";
        });

        assertThat(inside).isEqualTo("a");
        assertThat(b.exclusively(JOB, () -> "b")).isEqualTo("b");
    }

    @Test
    void releasesTheLeaseWhenTheWorkFails() {
        assertThatThrownBy(() -> a.exclusively(JOB, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(b.exclusively(JOB, () -> "b")).isEqualTo("b");
    }

    @Test
    void leasesOfDifferentJobsDoNotMeet() {
        String nested = a.exclusively(JOB, () -> b.exclusively("other-cleanup", () -> "both"));

        assertThat(nested).isEqualTo("both");
    }

    @Test
    void aCrashedHoldersLeaseBlocksOthersUntilItLapses() {
        ports.lease.tryAcquire(JOB, "crashed", ports.clock.instant(), MaintenanceRun.LEASE);

        ports.clock.advance(MaintenanceRun.LEASE.minusSeconds(1));
        assertThatThrownBy(() -> a.exclusively(JOB, () -> "a")).isInstanceOf(MaintenanceBusy.class);

        ports.clock.advance(Duration.ofSeconds(1));
        assertThat(a.exclusively(JOB, () -> "a")).isEqualTo("a");
    }
}
