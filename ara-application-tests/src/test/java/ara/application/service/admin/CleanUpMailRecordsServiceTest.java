package ara.application.service.admin;

import ara.adapter.memory.InMemoryMailRecords;
import ara.adapter.memory.InMemoryResumeTokens;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpMailRecordsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.out.notification.MailRecords.Suppression;
import ara.application.port.out.notification.RecipientKey;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanUpMailRecordsServiceTest {
    private static final Duration RETENTION = Duration.ofDays(90);
    private static final Duration TOKEN_LIFE = Duration.ofDays(30);
    private static final CleanUpCommand RUN = new CleanUpCommand(false, "scheduler");
    private static final CleanUpCommand DRY_RUN = new CleanUpCommand(true, "admin");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryMailRecords records = new InMemoryMailRecords();
    private final InMemoryResumeTokens tokens = new InMemoryResumeTokens();
    private final CleanUpMailRecordsService service = new CleanUpMailRecordsService(records, tokens, RETENTION,
            ports.lease, "instance-a", ports.clock);
    private final AuditId audit = ports.auditIds.next();
    private long issued;

    private UUID sentNow() {
        UUID event = ports.ids.next();
        records.recordSent(event, "resume", ports.clock.instant());
        return event;
    }

    private GuestToken tokenIssuedNow() {
        // The ports' secrets repeat after 256 calls; a batch needs more distinct tokens.
        byte[] random = ByteBuffer.allocate(GuestToken.RANDOM_BYTES).putLong(1).putLong(++issued).array();
        GuestToken token = GuestToken.fromRandomBytes(random);
        tokens.issue(token.hash(), audit, ports.clock.instant(), ports.clock.instant().plus(TOKEN_LIFE));
        return token;
    }

    @Test
    void deletesRecordsOlderThanTheRetentionAndExpiredResumeTokens() {
        UUID old = sentNow();
        tokenIssuedNow();
        ports.clock.advance(RETENTION.minusDays(1));
        UUID recent = sentNow();
        GuestToken valid = tokenIssuedNow();
        ports.clock.advance(Duration.ofDays(1).plusSeconds(1));

        CleanupView view = service.cleanUp(RUN);

        assertThat(view.job()).isEqualTo(CleanUpMailRecordsUseCase.JOB);
        assertThat(view.dryRun()).isFalse();
        assertThat(view.ranAt()).isEqualTo(ports.clock.instant());
        assertThat(view.count()).as("one sent record and one expired token").isEqualTo(2);
        assertThat(view.more()).isFalse();
        assertThat(records.wasSent(old)).isFalse();
        assertThat(records.wasSent(recent)).isTrue();
        assertThat(tokens.audit(valid.hash(), ports.clock.instant())).contains(audit);
        assertThat(tokens.deleteExpiredBefore(Instant.MAX, 10)).as("only the valid token was left").isEqualTo(1);
    }

    @Test
    void keepsUnsubscriptionsButDropsOldBounces() {
        RecipientKey unsubscribed = new RecipientKey("unsubscribed");
        RecipientKey bounced = new RecipientKey("bounced");
        records.suppress(unsubscribed, Suppression.UNSUBSCRIBED, ports.clock.instant());
        records.suppress(bounced, Suppression.BOUNCED, ports.clock.instant());
        ports.clock.advance(RETENTION.plusDays(1));

        assertThat(service.cleanUp(RUN).count()).isEqualTo(1);

        assertThat(records.isSuppressed(unsubscribed)).isTrue();
        assertThat(records.isSuppressed(bounced)).isFalse();
    }

    @Test
    void aDryRunDeletesNothingAndCountsZero() {
        UUID old = sentNow();
        tokenIssuedNow();
        ports.clock.advance(RETENTION.plusDays(1));

        CleanupView view = service.cleanUp(DRY_RUN);

        assertThat(view.dryRun()).isTrue();
        assertThat(view.count()).isZero();
        assertThat(records.wasSent(old)).isTrue();
        assertThat(service.cleanUp(RUN).count()).as("everything was still there").isEqualTo(2);
    }

    @Test
    void deletesAtMostOneBatchOfTokensPerRunAndSaysThereIsMore() {
        for (int i = 0; i <= CleanUpMailRecordsService.BATCH; i++) {
            tokenIssuedNow();
        }
        ports.clock.advance(TOKEN_LIFE.plusSeconds(1));

        CleanupView first = service.cleanUp(RUN);
        CleanupView second = service.cleanUp(RUN);

        assertThat(first.count()).isEqualTo(CleanUpMailRecordsService.BATCH);
        assertThat(first.more()).isTrue();
        assertThat(second.count()).isEqualTo(1);
        assertThat(second.more()).isFalse();
    }

    @Test
    void isBusyWhileAnotherInstanceHoldsTheLeaseButADryRunIsNot() {
        UUID old = sentNow();
        ports.clock.advance(RETENTION.plusDays(1));
        ports.lease.tryAcquire(CleanUpMailRecordsUseCase.JOB, "instance-b", ports.clock.instant(),
                MaintenanceRun.LEASE);

        assertThatThrownBy(() -> service.cleanUp(RUN))
                .isInstanceOfSatisfying(MaintenanceBusy.class,
                        e -> assertThat(e.job()).isEqualTo(CleanUpMailRecordsUseCase.JOB));
        assertThat(records.wasSent(old)).isTrue();
        assertThat(service.cleanUp(DRY_RUN).dryRun()).isTrue();
    }
}
