package ara.application.port.in.storage;

import java.util.Objects;

/**
 * How the object storage is doing.
 *
 * @param up     whether it answers and its bucket or directory is usable
 * @param detail what was checked or what went wrong, for operators (never a secret)
 */
public record StorageHealthView(boolean up, String detail) {
    public StorageHealthView {
        Objects.requireNonNull(detail, "detail");
    }
}
