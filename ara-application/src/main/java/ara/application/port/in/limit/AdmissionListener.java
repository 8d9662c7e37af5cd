package ara.application.port.in.limit;

/**
 * Implemented by the driving adapter: learns of every per-audit allowance a use case spends while serving a
 * request, so that it can show the limit's state to the client (HTTP: the {@code RateLimit-*} headers). Called on
 * the thread that serves the request, before the use case returns. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AdmissionListener {
    /** A listener that shows nothing. */
    AdmissionListener NONE = admission -> { };

    /** A request was admitted against {@code admission}'s limit (and counted). */
    void admitted(AdmissionView admission);
}
