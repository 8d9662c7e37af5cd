package ara.application.service.storage;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.out.health.HealthCheck.Probe;
import ara.application.port.out.storage.StorageHealth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StorageHealthCheckTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StorageHealthCheck check = new StorageHealthCheck(ports.storage);

    @Test
    void isNamedStorage() {
        assertThat(check.name()).isEqualTo("storage").isEqualTo(StorageHealthCheck.NAME);
    }

    @Test
    void probesTheStoragesOwnHealth() {
        assertThat(check.probe()).isEqualTo(Probe.up("in-memory storage"));

        ports.storage.health(StorageHealth.down("disk full"));

        assertThat(check.probe()).isEqualTo(Probe.down("disk full"));
    }
}
