package ara.application.service.storage;

import ara.application.port.in.storage.CheckStorageUseCase;
import ara.application.port.in.storage.StorageHealthView;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageHealth;

import java.util.Objects;

/** Service: whether the object storage answers and is usable. Thread-safe. */
public final class CheckStorageService implements CheckStorageUseCase {
    private final ObjectStorage storage;

    public CheckStorageService(ObjectStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public StorageHealthView health() {
        StorageHealth health = storage.health();
        return new StorageHealthView(health.up(), health.detail());
    }
}
