package ara.application.port.in.idempotency;

/**
 * Inbound port: the life of one idempotent request. {@link #begin} claims the client's key or reports what an
 * earlier request with it left; the caller that claimed it then either {@link #complete}s it with the response to
 * keep, or {@link #abandon}s it so that a retry runs again.
 */
public interface IdempotentRequestUseCase {

    /**
     * Claims the key for this request, or finds the earlier request's outcome.
     *
     * @throws IdempotencyKeyRejected  when the key is blank, longer than the limit or not visible ASCII
     * @throws IdempotencyKeyGuessable when the caller is anonymous and the key carries fewer than 128 bits
     */
    IdempotencyView begin(IdempotentRequestCommand command);

    /** Keeps the response of a request this caller began, for its retries. */
    void complete(IdempotentRequestCommand command, IdempotencyView.Response response);

    /** Releases a key this caller began whose request did not produce a response worth keeping. */
    void abandon(IdempotentRequestCommand command);
}
