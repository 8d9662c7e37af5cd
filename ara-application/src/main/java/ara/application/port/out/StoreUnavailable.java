package ara.application.port.out;

/**
 * An outbound port could not reach the system behind it (the database is down, the pool is exhausted): nothing was
 * done, and the same request may succeed later. Adapters throw it (or a subclass) for connection trouble only.
 */
public class StoreUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
