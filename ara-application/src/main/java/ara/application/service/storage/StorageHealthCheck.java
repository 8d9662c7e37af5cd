package ara.application.service.storage;

import ara.application.port.out.health.HealthCheck;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageHealth;

import java.util.Objects;

/** The health check of the object storage: its own {@link ObjectStorage#health()} probe. Thread-safe. */
public final class StorageHealthCheck implements HealthCheck {
    public static final String NAME = "storage";

    private final ObjectStorage storage;

    public StorageHealthCheck(ObjectStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Probe probe() {
        StorageHealth health = storage.health();
        return new Probe(health.up(), health.detail());
    }
}
