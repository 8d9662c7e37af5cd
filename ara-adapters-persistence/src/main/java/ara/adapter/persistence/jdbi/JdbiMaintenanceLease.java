package ara.adapter.persistence.jdbi;

import ara.application.port.out.admin.MaintenanceLease;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Persistence adapter: leases as rows of {@code maintenance_leases}, taken by one conditional {@code UPDATE} (free,
 * expired or already ours), which the database serialises per row across every instance; portable to H2, MariaDB
 * and MySQL where {@code GET_LOCK} is not. A job without a row gets one by {@code INSERT} (a duplicate key means
 * another instance was first). Times come from the callers' clocks: instances must keep their clocks in step
 * (NTP) to well within the lease time. Thread-safe.
 */
public final class JdbiMaintenanceLease implements MaintenanceLease {
    private static final Instant FREE = Instant.EPOCH;

    private final Jdbi jdbi;

    public JdbiMaintenanceLease(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public boolean tryAcquire(String job, String holder, Instant now, Duration ttl) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(holder, "holder");
        Instant until = now.plus(ttl);
        try {
            int taken = jdbi.withHandle(handle -> handle.createUpdate("UPDATE maintenance_leases SET holder = :holder,"
                            + " lease_until = :until WHERE job = :job AND (lease_until <= :now OR holder = :holder)")
                    .bind("holder", holder).bind("until", AuditTables.dateTime(until))
                    .bind("now", AuditTables.dateTime(now)).bind("job", job)
                    .execute());
            if (taken == 1) {
                return true;
            }
            return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO maintenance_leases (job, holder,"
                            + " lease_until) VALUES (:job, :holder, :until)")
                    .bind("job", job).bind("holder", holder).bind("until", AuditTables.dateTime(until))
                    .execute()) == 1;
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false;
            }
            throw SqlFailures.translate("take the lease " + job, e);
        }
    }

    @Override
    public void release(String job, String holder) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("UPDATE maintenance_leases SET holder = NULL,"
                            + " lease_until = :free WHERE job = :job AND holder = :holder")
                    .bind("free", AuditTables.dateTime(FREE)).bind("job", job).bind("holder", holder)
                    .execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("release the lease " + job, e);
        }
    }
}
