package ara.application.port.out.admin;

import java.time.Duration;
import java.time.Instant;

/**
 * Outbound port: a named lease that at most one holder has at a time across every instance sharing the store, so
 * that a maintenance job runs once per cluster. A lease ends when released or when its time runs out (a crashed
 * holder blocks the job for {@code ttl} at most). Thread-safe.
 */
public interface MaintenanceLease {

    /**
     * Takes the lease {@code job} for {@code holder} until {@code now + ttl}, if it is free, expired or already this
     * holder's.
     *
     * @return whether {@code holder} has the lease now
     */
    boolean tryAcquire(String job, String holder, Instant now, Duration ttl);

    /** Gives the lease up if {@code holder} has it; otherwise does nothing. */
    void release(String job, String holder);
}
