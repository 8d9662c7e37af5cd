package ara.application.port.in.storage;

/** Inbound port: whether the object storage answers and is usable (for operators and probes). */
public interface CheckStorageUseCase {
    /** Never throws. */
    StorageHealthView health();
}
