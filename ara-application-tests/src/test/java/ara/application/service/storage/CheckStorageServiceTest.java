package ara.application.service.storage;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.storage.StorageHealthView;
import ara.application.port.out.storage.StorageHealth;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckStorageServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final CheckStorageService service = new CheckStorageService(ports.storage);

    @Test
    void reportsTheStorageUpWithItsDetail() {
        assertThat(service.health()).isEqualTo(new StorageHealthView(true, "in-memory storage"));
    }

    @Test
    void reportsTheStorageDownWithoutThrowing() {
        ports.storage.health(StorageHealth.down("bucket gone"));

        assertThat(service.health()).isEqualTo(new StorageHealthView(false, "bucket gone"));
    }
}
