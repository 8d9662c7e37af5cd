package ara.application.service.identity;

import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryUserRepository;
import ara.application.port.in.identity.AuthenticateCommand;
import ara.application.port.out.StoreUnavailable;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.contract.MovableClock;
import ara.domain.identity.TokenRejected;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AggregatingAuditLogTest {
    private static final Instant MINUTE = Instant.parse("2026-03-02T09:00:00Z");
    private static final String IP = "198.51.100.4";

    private final MovableClock clock = new MovableClock(MINUTE);
    private final InMemoryAuditLog written = new InMemoryAuditLog();
    private final AggregatingAuditLog log = new AggregatingAuditLog(written, clock, 3);

    private static AuditEvent rejected(Instant at, String ip, String reason, String requestId) {
        return new AuditEvent(at, "anonymous", "token.rejected", null, "rejected:" + reason, requestId, ip);
    }

    private static AuditEvent denied(Instant at, String actor, String audit) {
        return new AuditEvent(at, actor, "access.denied", "audit:" + audit, AuditEvent.DENIED, "r", IP);
    }

    @Test
    void aThousandRejectionsOfOneClientInAMinuteAreOneRowWrittenWhenTheMinuteIsOver() {
        for (int i = 0; i < 1_000; i++) {
            clock.set(MINUTE.plusMillis(i * 50L));
            log.record(rejected(clock.instant(), IP, "expired", "req-" + i));
        }
        assertThat(written.latest(10)).as("nothing written while the minute lasts").isEmpty();

        clock.set(MINUTE.plusSeconds(60));
        log.flushDue();

        assertThat(written.latest(10)).containsExactly(new AuditEvent(MINUTE, "anonymous", "token.rejected", null,
                "rejected:expired", "req-0", IP, 1_000));
        assertThat(written.count("token.rejected", "rejected:expired")).isEqualTo(1_000);
    }

    @Test
    void aRowPerClientMinuteAndKind() {
        AggregatingAuditLog log = new AggregatingAuditLog(written, clock);
        log.record(rejected(MINUTE, IP, "expired", "a"));
        log.record(rejected(MINUTE.plusSeconds(1), IP, "malformed", "b"));
        log.record(rejected(MINUTE.plusSeconds(2), "203.0.113.9", "expired", "c"));
        log.record(denied(MINUTE.plusSeconds(3), "guest", "a1"));
        log.record(denied(MINUTE.plusSeconds(4), "guest", "a1"));
        clock.set(MINUTE.plusSeconds(61));
        log.record(rejected(clock.instant(), IP, "expired", "d"));

        assertThat(written.latest(10)).extracting(AuditEvent::at, AuditEvent::clientIp, AuditEvent::action,
                        AuditEvent::outcome, AuditEvent::target, AuditEvent::count)
                .containsExactlyInAnyOrder(
                        tuple(MINUTE, IP, "token.rejected", "rejected:expired", null, 1L),
                        tuple(MINUTE, IP, "token.rejected", "rejected:malformed", null, 1L),
                        tuple(MINUTE, "203.0.113.9", "token.rejected", "rejected:expired", null, 1L),
                        tuple(MINUTE, IP, "access.denied", AuditEvent.DENIED, "audit:a1", 2L));
    }

    @Test
    void aRowNamesItsTargetOnlyIfEveryEventHadTheSame() {
        log.record(denied(MINUTE, "guest", "a1"));
        log.record(denied(MINUTE, "guest", "a2"));
        log.flush();

        assertThat(written.latest(1).getFirst().target()).isNull();
        assertThat(written.latest(1).getFirst().count()).isEqualTo(2);
    }

    @Test
    void aSignedInUsersDenialAndEverySuccessAreWrittenAtOnce() {
        AuditEvent stranger = denied(MINUTE, "user:mallory", "a1");
        AuditEvent created = new AuditEvent(MINUTE, "guest", "audit.created", "audit:a1", AuditEvent.SUCCESS, "r",
                IP);

        log.record(stranger);
        log.record(created);

        assertThat(written.latest(10)).containsExactly(created, stranger);
    }

    @Test
    void clientsBeyondTheBoundAreCountedInOneOverflowRowPerMinute() {
        for (int client = 0; client < 10; client++) {
            log.record(rejected(MINUTE, "192.0.2." + client, "expired", "r" + client));
            log.record(rejected(MINUTE, "192.0.2." + client, "expired", "r" + client));
        }
        log.flush();

        List<AuditEvent> rows = written.latest(100);
        assertThat(rows).hasSize(4);
        assertThat(rows).filteredOn(row -> row.clientIp().equals(AuditEvent.OTHER_CLIENTS)).singleElement()
                .satisfies(row -> assertThat(row.count()).isEqualTo(14));
        assertThat(rows.stream().mapToLong(AuditEvent::count).sum()).isEqualTo(20);
    }

    @Test
    void readsSeeEveryEventCountedSoFar() {
        log.record(rejected(MINUTE, IP, "expired", "a"));
        log.record(rejected(MINUTE, IP, "expired", "b"));

        assertThat(log.count("token.rejected", "rejected:expired")).isEqualTo(2);
        assertThat(log.latest(10)).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo(2));
    }

    @Test
    void aRowTheLogCouldNotTakeIsCountedAgainForTheNextFlush() {
        Failing failing = new Failing(written);
        AggregatingAuditLog flaky = new AggregatingAuditLog(failing, clock, 3);
        flaky.record(rejected(MINUTE, IP, "expired", "a"));
        flaky.record(rejected(MINUTE, IP, "expired", "b"));
        failing.down = true;

        assertThatThrownBy(flaky::flush).isInstanceOf(StoreUnavailable.class);
        flaky.record(rejected(MINUTE, IP, "expired", "c"));
        failing.down = false;
        flaky.flush();

        assertThat(written.latest(10)).singleElement().satisfies(row -> assertThat(row.count()).isEqualTo(3));
    }

    @Test
    void rejectedTokensThroughTheAuthenticateServiceAreAggregated() {
        AuthenticateService service = new AuthenticateService(token -> {
            throw new TokenRejected("expired");
        }, new InMemoryUserRepository(), log, clock);
        for (int i = 0; i < 50; i++) {
            String request = "req-" + i;
            assertThatThrownBy(() -> service.authenticate(new AuthenticateCommand("forged", null, request, IP)))
                    .isInstanceOf(TokenRejected.class);
        }
        clock.advance(Duration.ofMinutes(1));
        log.flushDue();

        assertThat(written.latest(10)).containsExactly(new AuditEvent(MINUTE, "anonymous", "token.rejected", null,
                "rejected:expired", "req-0", IP, 50));
    }

    @Test
    void needsAPositiveBound() {
        assertThatThrownBy(() -> new AggregatingAuditLog(written, clock, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumKeys");
    }

    /** The in-memory log, made to fail like a database that is down. */
    private static final class Failing implements AuditLog {
        private final AuditLog log;
        private boolean down;

        Failing(AuditLog log) {
            this.log = log;
        }

        @Override
        public void record(AuditEvent event) {
            if (down) {
                throw new StoreUnavailable("the database is down", null);
            }
            log.record(event);
        }

        @Override
        public List<AuditEvent> latest(int limit) {
            return log.latest(limit);
        }

        @Override
        public long countUntil(Instant cutoff) {
            return log.countUntil(cutoff);
        }

        @Override
        public long pseudonymize(String actor, String pseudonym) {
            return log.pseudonymize(actor, pseudonym);
        }

        @Override
        public long deleteUntil(Instant cutoff) {
            return log.deleteUntil(cutoff);
        }

        @Override
        public long count(String action, String outcome) {
            return log.count(action, outcome);
        }
    }
}
