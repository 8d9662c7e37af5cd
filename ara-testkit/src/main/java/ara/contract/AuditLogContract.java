package ara.contract;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The behaviour every {@link AuditLog} must have: append-only, newest first, every field kept. */
public abstract class AuditLogContract {

    protected abstract AuditLog log();

    @Test
    void keepsEveryFieldOfAnEventAndListsTheNewestFirst() {
        String marker = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEvent first = new AuditEvent(at, "user:" + marker, "audit.created", "audit:" + marker,
                AuditEvent.SUCCESS, "req-" + marker.substring(0, 8), "192.0.2.7");
        AuditEvent second = new AuditEvent(at.plusMillis(1), "guest", "access.denied", "audit:" + marker,
                AuditEvent.DENIED, null, null);

        log().record(first);
        log().record(second);

        assertThat(log().latest(2)).containsExactly(second, first);
    }

    @Test
    void keepsTheCountOfAnAggregateRowAndCountsEventsByIt() {
        String marker = "aggregate-" + UUID.randomUUID();
        Instant minute = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        AuditEvent aggregate = new AuditEvent(minute, "anonymous", marker, null, "rejected:expired", "req-1",
                "198.51.100.4", 42);
        log().record(aggregate);
        log().record(new AuditEvent(minute, "anonymous", marker, null, "rejected:expired", null,
                AuditEvent.OTHER_CLIENTS, 1_000));
        log().record(new AuditEvent(minute, "anonymous", marker, null, "rejected:expired", null, null));

        assertThat(log().latest(3)).element(2).isEqualTo(aggregate);
        assertThat(log().count(marker, "rejected:expired")).isEqualTo(1_043);
        assertThat(log().count(marker, "rejected:malformed")).isZero();
    }

    @Test
    void pseudonymizesEveryEventOfOneActorAndDropsTheirAddressButKeepsWhatHappened() {
        String marker = UUID.randomUUID().toString();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEvent mine = new AuditEvent(at, "user:" + marker, "audit.created", "audit:" + marker,
                AuditEvent.SUCCESS, "req-1", "192.0.2.7");
        AuditEvent other = new AuditEvent(at.plusMillis(1), "user:" + marker + "-other", "audit.created",
                "audit:" + marker, AuditEvent.SUCCESS, "req-2", "192.0.2.8");
        AuditEvent mineAgain = new AuditEvent(at.plusMillis(2), "user:" + marker, "account.deleted", null,
                AuditEvent.SUCCESS, "req-3", "192.0.2.7");
        log().record(mine);
        log().record(other);
        log().record(mineAgain);

        assertThat(log().pseudonymize("user:" + marker, "pseudonym:" + marker.hashCode())).isEqualTo(2);

        assertThat(log().latest(3)).containsExactly(
                new AuditEvent(mineAgain.at(), "pseudonym:" + marker.hashCode(), "account.deleted", null,
                        AuditEvent.SUCCESS, "req-3", null),
                other,
                new AuditEvent(mine.at(), "pseudonym:" + marker.hashCode(), "audit.created", "audit:" + marker,
                        AuditEvent.SUCCESS, "req-1", null));
        assertThat(log().pseudonymize("user:" + marker, "pseudonym:again")).isZero();
    }

    @Test
    void boundsTheListingAndRefusesANegativeLimit() {
        log().record(new AuditEvent(Instant.now().truncatedTo(ChronoUnit.MICROS), "anonymous", "token.rejected",
                null, AuditEvent.REJECTED, null, null));
        assertThat(log().latest(1)).hasSize(1);
        assertThat(log().latest(0)).isEmpty();
        assertThatThrownBy(() -> log().latest(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deletesOnlyEventsAtOrBeforeTheCutoffAndCountsByActionAndOutcome() {
        Instant cutoff = Instant.parse("1999-01-01T00:00:00.000000Z");
        String marker = "retention-" + UUID.randomUUID();
        AuditEvent atCutoff = new AuditEvent(cutoff, "guest", marker, null, AuditEvent.SUCCESS, null, null);
        AuditEvent before = new AuditEvent(cutoff.minusSeconds(60), "guest", marker, null, AuditEvent.SUCCESS, null,
                null);
        AuditEvent after = new AuditEvent(cutoff.plusNanos(1_000), "guest", marker, null, AuditEvent.SUCCESS, null,
                null);
        log().record(atCutoff);
        log().record(before);
        log().record(after);
        log().record(new AuditEvent(cutoff.plusSeconds(1), "guest", marker, null, AuditEvent.DENIED, null, null));
        assertThat(log().count(marker, AuditEvent.SUCCESS)).isEqualTo(3);
        assertThat(log().countUntil(cutoff)).isGreaterThanOrEqualTo(2);

        assertThat(log().deleteUntil(cutoff)).isGreaterThanOrEqualTo(2);

        assertThat(log().countUntil(cutoff)).isZero();
        assertThat(log().count(marker, AuditEvent.SUCCESS)).isEqualTo(1);
        assertThat(log().count(marker, AuditEvent.DENIED)).isEqualTo(1);
    }
}
