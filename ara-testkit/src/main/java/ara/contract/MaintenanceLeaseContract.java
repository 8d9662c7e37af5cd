package ara.contract;

import ara.application.port.out.admin.MaintenanceLease;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The behaviour every {@link MaintenanceLease} must have: one holder at a time, until released or expired. */
public abstract class MaintenanceLeaseContract {
    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00.000000Z");
    private static final Duration TTL = Duration.ofMinutes(15);

    protected abstract MaintenanceLease lease();

    private static String job() {
        return "job-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void oneHolderAtATime() {
        String job = job();
        assertThat(lease().tryAcquire(job, "a", NOW, TTL)).isTrue();
        assertThat(lease().tryAcquire(job, "b", NOW.plusSeconds(1), TTL)).isFalse();
        assertThat(lease().tryAcquire(job, "a", NOW.plusSeconds(2), TTL)).as("the holder renews").isTrue();
        assertThat(lease().tryAcquire(job(), "b", NOW, TTL)).as("another job is independent").isTrue();
    }

    @Test
    void aReleasedLeaseIsFreeAndOnlyItsHolderCanReleaseIt() {
        String job = job();
        assertThat(lease().tryAcquire(job, "a", NOW, TTL)).isTrue();
        lease().release(job, "b");
        assertThat(lease().tryAcquire(job, "b", NOW, TTL)).isFalse();
        lease().release(job, "a");
        assertThat(lease().tryAcquire(job, "b", NOW, TTL)).isTrue();
    }

    @Test
    void anExpiredLeaseCanBeTakenOver() {
        String job = job();
        assertThat(lease().tryAcquire(job, "crashed", NOW, TTL)).isTrue();
        assertThat(lease().tryAcquire(job, "b", NOW.plus(TTL).minusNanos(1_000), TTL)).isFalse();
        assertThat(lease().tryAcquire(job, "b", NOW.plus(TTL), TTL)).isTrue();
    }

    @Test
    void theKnownJobsCanBeLeased() {
        String holder = "holder-" + UUID.randomUUID();
        for (String job : new String[] {"guest-cleanup", "audit-log-cleanup"}) {
            if (lease().tryAcquire(job, holder, NOW.plus(Duration.ofDays(3_650)), TTL)) {
                lease().release(job, holder);
            }
            assertThat(lease().tryAcquire(job, holder, NOW.plus(Duration.ofDays(3_650)), TTL)).isTrue();
            lease().release(job, holder);
        }
    }
}
