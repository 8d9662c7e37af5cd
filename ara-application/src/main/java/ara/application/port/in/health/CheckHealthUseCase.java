package ara.application.port.in.health;

/**
 * Use case: how this instance and its backends are doing. Answers come from real round trips, run concurrently with
 * a timeout each and reused for about a second, so probes cannot overload the backends. Thread-safe.
 */
public interface CheckHealthUseCase {
    /** Every check; the status is the worst of them. */
    HealthView health();

    /** Whether this instance should receive traffic now. */
    ReadinessView readiness();
}
