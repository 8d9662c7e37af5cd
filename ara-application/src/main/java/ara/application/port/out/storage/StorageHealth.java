package ara.application.port.out.storage;

import java.util.Objects;

/**
 * How a {@link ObjectStorage} is doing, for a readiness check: up or down, and a short detail for operators
 * (never a secret).
 *
 * @param up     whether the storage answers and its bucket or directory is usable
 * @param detail what was checked or what went wrong, not blank
 */
public record StorageHealth(boolean up, String detail) {
    public StorageHealth {
        Objects.requireNonNull(detail, "detail");
        if (detail.isBlank()) {
            throw new IllegalArgumentException("detail must not be blank");
        }
    }

    /** The storage answers. */
    public static StorageHealth up(String detail) {
        return new StorageHealth(true, detail);
    }

    /** The storage does not answer or cannot be used. */
    public static StorageHealth down(String detail) {
        return new StorageHealth(false, detail);
    }
}
