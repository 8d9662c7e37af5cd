package ara.application.service;

import ara.application.port.in.storage.CheckStorageUseCase;
import ara.application.port.in.storage.StorageHealthView;
import ara.application.port.out.ReportStorage;
import ara.application.port.out.StorageHealth;

import java.util.Objects;

/** Service: whether the object storage answers and is usable. Thread-safe. */
public final class CheckStorageService implements CheckStorageUseCase {
    private final ReportStorage storage;

    public CheckStorageService(ReportStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public StorageHealthView health() {
        StorageHealth health = storage.health();
        return new StorageHealthView(health.up(), health.detail());
    }
}
