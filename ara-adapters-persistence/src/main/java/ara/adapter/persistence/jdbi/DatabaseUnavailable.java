package ara.adapter.persistence.jdbi;

import ara.application.port.out.StoreUnavailable;

/**
 * The audit database could not be reached, or no pooled connection became free in time; worth retrying later. A
 * {@link StoreUnavailable}, so that callers of the ports can tell it from a broken request without knowing JDBI.
 */
public final class DatabaseUnavailable extends StoreUnavailable {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
