package ara.application.port.in.limit;

/** Inbound port: counts a request against one configured rate limit, admitting it or refusing it. */
public interface AdmitRequestUseCase {

    /**
     * Counts the request if the limit of the command's scope admits it.
     *
     * @return the state of the limit after this request, for the response's headers
     * @throws RequestThrottled when the limit refuses the request (nothing was counted)
     */
    AdmissionView admit(AdmitRequestCommand command);

    /**
     * Checks, counting nothing, that the limit of the command's scope would admit one more request: for budgets
     * spent after the fact (failed attempts), checked before the request is served.
     *
     * @return the state of the limit as the next counted request would find it
     * @throws RequestThrottled when the limit is spent
     */
    AdmissionView peek(AdmitRequestCommand command);

    /**
     * Implemented by the driving adapter: learns of every per-audit allowance a use case spends while serving a
     * request, so that it can show the limit's state to the client (HTTP: the {@code RateLimit-*} headers). Called on
     * the thread that serves the request, before the use case returns. Implementations must be thread-safe.
     */
    @FunctionalInterface
    interface AdmissionListener {
        /** A listener that shows nothing. */
        AdmissionListener NONE = admission -> { };

        /** A request was admitted against {@code admission}'s limit (and counted). */
        void admitted(AdmissionView admission);
    }
}
