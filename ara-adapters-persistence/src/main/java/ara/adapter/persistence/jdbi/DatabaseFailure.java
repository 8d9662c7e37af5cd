package ara.adapter.persistence.jdbi;

/** The audit database failed a request (or holds data this version cannot read); the message names the request. */
public class DatabaseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatabaseFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
