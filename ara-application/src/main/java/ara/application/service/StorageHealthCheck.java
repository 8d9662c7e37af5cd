package ara.application.service;

import ara.application.port.out.HealthCheck;
import ara.application.port.out.ReportStorage;
import ara.application.port.out.StorageHealth;

import java.util.Objects;

/** The health check of the report storage: its own {@link ReportStorage#health()} probe. Thread-safe. */
public final class StorageHealthCheck implements HealthCheck {
    public static final String NAME = "storage";

    private final ReportStorage storage;

    public StorageHealthCheck(ReportStorage storage) {
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
