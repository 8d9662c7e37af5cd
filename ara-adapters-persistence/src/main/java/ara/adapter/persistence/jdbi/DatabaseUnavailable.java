package ara.adapter.persistence.jdbi;

/** The audit database could not be reached, or no pooled connection became free in time; worth retrying later. */
public final class DatabaseUnavailable extends DatabaseFailure {
    private static final long serialVersionUID = 1L;

    public DatabaseUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
