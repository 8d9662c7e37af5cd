package ara.application.port.out.storage;

/**
 * The object storage answered, but refused or failed the call for a reason retrying will not cure by itself (access
 * denied, no such bucket, an unreadable local file): an operator has to look. Connection trouble is
 * {@link StorageUnavailable} instead.
 */
public class StorageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
