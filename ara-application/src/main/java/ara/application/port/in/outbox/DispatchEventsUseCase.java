package ara.application.port.in.outbox;

/**
 * Use case: one round of delivering the outbox's due events, run over and over by this instance's dispatcher
 * thread. Deliveries are at least once; receivers de-duplicate on the event id.
 */
public interface DispatchEventsUseCase {

    /**
     * Claims and handles up to a batch of due events.
     *
     * @return how many events were claimed (a full {@link #batch()} means more may be due at once)
     */
    int dispatchDue();

    /** The most events one round claims. */
    int batch();
}
