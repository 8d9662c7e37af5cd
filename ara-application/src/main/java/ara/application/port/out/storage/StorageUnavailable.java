package ara.application.port.out.storage;

import ara.application.port.out.StoreUnavailable;

/**
 * The object storage could not be reached (connection refused or timed out, the server answered 5xx or "slow
 * down"): nothing is known to have been done, and the same call may succeed later. A {@link StoreUnavailable}, so
 * the web adapter answers 503 with {@code Retry-After}.
 */
public class StorageUnavailable extends StoreUnavailable {
    private static final long serialVersionUID = 1L;

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
