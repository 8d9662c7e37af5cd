package ara.domain.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static ara.domain.report.ReportSamples.FILE;
import static ara.domain.report.ReportSamples.LEASE;
import static ara.domain.report.ReportSamples.POLICY;
import static ara.domain.report.ReportSamples.T0;
import static ara.domain.report.ReportSamples.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {
    @Test
    void aNewReportIsQueuedAndDueAtOnce() {
        Report report = queued();

        assertThat(report.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(report.status().progress()).isZero();
        assertThat(report.attempts()).isZero();
        assertThat(report.version()).isEqualTo(1);
        assertThat(report.dueAt()).contains(T0);
        assertThat(report.isDueAt(T0)).isTrue();
        assertThat(report.isDueAt(T0.minusMillis(1))).isFalse();
        assertThat(report.isActive()).isTrue();
    }

    @Test
    void goesFromQueuedThroughRenderingAndStoredToReady() {
        Report rendering = queued().claim("w1", T0, LEASE, POLICY);
        assertThat(rendering.status()).isEqualTo(ReportStatus.RENDERING);
        assertThat(rendering.attempts()).isEqualTo(1);
        assertThat(rendering.lease()).contains(new ReportLease("w1", T0.plus(LEASE)));
        assertThat(rendering.dueAt()).contains(T0.plus(LEASE));

        Report stored = rendering.stored("w1", FILE, T0.plusSeconds(1));
        assertThat(stored.status()).isEqualTo(ReportStatus.STORED);
        assertThat(stored.file()).contains(FILE);

        Report ready = stored.ready("w1", T0.plusSeconds(2));
        assertThat(ready.status()).isEqualTo(ReportStatus.READY);
        assertThat(ready.status().progress()).isEqualTo(100);
        assertThat(ready.lease()).isEmpty();
        assertThat(ready.dueAt()).isEmpty();
        assertThat(ready.isActive()).isFalse();
        assertThat(ready.version()).isEqualTo(4);
        assertThat(ready.updatedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void aJobCannotBeClaimedBeforeItIsDueNorWhileItsLeaseHolds() {
        Report rendering = queued().claim("w1", T0, LEASE, POLICY);

        assertThatThrownBy(() -> rendering.claim("w2", T0.plusSeconds(60), LEASE, POLICY))
                .isInstanceOf(IllegalReportTransition.class);
        Report waiting = rendering.retryLater("w1", "storage down", T0, POLICY);
        assertThatThrownBy(() -> waiting.claim("w2", T0.plusSeconds(9), LEASE, POLICY))
                .isInstanceOf(IllegalReportTransition.class);
        assertThat(waiting.claim("w2", T0.plusSeconds(10), LEASE, POLICY).status())
                .isEqualTo(ReportStatus.RENDERING);
    }

    @Test
    void aLapsedLeaseLetsAnotherWorkerTakeOverAndTheOldOneLosesTheJob() {
        Report rendering = queued().claim("w1", T0, LEASE, POLICY);
        Instant later = T0.plus(LEASE);

        Report takenOver = rendering.claim("w2", later, LEASE, POLICY);

        assertThat(takenOver.status()).isEqualTo(ReportStatus.RENDERING);
        assertThat(takenOver.attempts()).isEqualTo(2);
        assertThat(takenOver.lease().orElseThrow().worker()).isEqualTo("w2");
        assertThat(takenOver.lastError()).hasValueSatisfying(error -> assertThat(error).contains("lease expired"));
        assertThatThrownBy(() -> takenOver.stored("w1", FILE, later)).isInstanceOf(ReportLeaseLost.class);
        assertThat(takenOver.stored("w2", FILE, later).status()).isEqualTo(ReportStatus.STORED);
    }

    @Test
    void aRenewedLeaseKeepsTheJobFromBeingTakenOverAndOnlyItsHolderMayRenew() {
        Report rendering = queued().claim("w1", T0, LEASE, POLICY);
        Instant later = T0.plus(LEASE).minusSeconds(1);

        Report renewed = rendering.renew("w1", later, LEASE);

        assertThat(renewed.status()).isEqualTo(ReportStatus.RENDERING);
        assertThat(renewed.attempts()).isEqualTo(1);
        assertThat(renewed.lease()).contains(new ReportLease("w1", later.plus(LEASE)));
        assertThat(renewed.isDueAt(T0.plus(LEASE))).as("not due when the first lease would have lapsed").isFalse();
        assertThatThrownBy(() -> renewed.claim("w2", T0.plus(LEASE), LEASE, POLICY))
                .isInstanceOf(IllegalReportTransition.class);
        assertThatThrownBy(() -> rendering.renew("w2", later, LEASE)).isInstanceOf(ReportLeaseLost.class);
        assertThatThrownBy(() -> rendering.renew("w1", later, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        Report stored = renewed.stored("w1", FILE, later).renew("w1", later.plusSeconds(5), LEASE);
        assertThat(stored.status()).isEqualTo(ReportStatus.STORED);
        assertThat(stored.file()).contains(FILE);
        assertThatThrownBy(() -> stored.ready("w1", later).renew("w1", later, LEASE))
                .isInstanceOf(ReportLeaseLost.class);
        assertThatThrownBy(() -> rendering.claim("w2", T0.plus(LEASE), LEASE, POLICY).renew("w1", T0.plus(LEASE),
                LEASE)).as("taken over before the renewal").isInstanceOf(ReportLeaseLost.class);
        assertThatThrownBy(() -> queued().renew("w1", T0, LEASE)).isInstanceOf(ReportLeaseLost.class);
    }

    @Test
    void aStoredJobWhoseWorkerDiedIsOnlyFinishedNotRenderedAgain() {
        Report stored = queued().claim("w1", T0, LEASE, POLICY).stored("w1", FILE, T0);

        Report takenOver = stored.claim("w2", T0.plus(LEASE), LEASE, POLICY);

        assertThat(takenOver.status()).isEqualTo(ReportStatus.STORED);
        assertThat(takenOver.attempts()).isEqualTo(1);
        assertThat(takenOver.file()).contains(FILE);
        assertThat(takenOver.ready("w2", T0.plus(LEASE)).status()).isEqualTo(ReportStatus.READY);
    }

    @Test
    void failedAttemptsBackOffExponentiallyThenFailForGood() {
        Report report = queued().claim("w", T0, LEASE, POLICY);
        Report first = report.retryLater("w", "storage down", T0, POLICY);
        assertThat(first.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(first.nextAttemptAt()).contains(T0.plusSeconds(10));
        assertThat(first.lastError()).contains("storage down");

        Report second = first.claim("w", T0.plusSeconds(10), LEASE, POLICY)
                .retryLater("w", "storage down", T0.plusSeconds(10), POLICY);
        assertThat(second.nextAttemptAt()).contains(T0.plusSeconds(30));

        Report third = second.claim("w", T0.plusSeconds(30), LEASE, POLICY)
                .retryLater("w", "storage still down", T0.plusSeconds(30), POLICY);
        assertThat(third.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(third.attempts()).isEqualTo(3);
        assertThat(third.lastError()).contains("gave up after 3 attempts: storage still down");
        assertThat(third.dueAt()).isEmpty();
    }

    @Test
    void aJobWhoseWorkersKeepDyingFailsWhenItsAttemptsRunOut() {
        Report report = queued();
        Instant now = T0;
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            report = report.claim("w" + attempt, now, LEASE, POLICY);
            assertThat(report.status()).isEqualTo(ReportStatus.RENDERING);
            now = now.plus(LEASE);
        }

        Report failed = report.claim("w-last", now, LEASE, POLICY);

        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.lastError()).hasValueSatisfying(error -> assertThat(error)
                .startsWith("gave up after 3 attempts").contains("lease expired"));
    }

    @Test
    void aPermanentFailureFailsAtOnce() {
        Report failed = queued().claim("w", T0, LEASE, POLICY).fail("w", "logo must be a PNG or JPEG image", T0);

        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("logo must be a PNG or JPEG image");
    }

    @Test
    void aReleasedJobIsDueAgainAtOnceAndTheAttemptDoesNotCount() {
        Report released = queued().claim("w", T0, LEASE, POLICY).release("w", T0.plusSeconds(1));

        assertThat(released.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(released.attempts()).isZero();
        assertThat(released.isDueAt(T0.plusSeconds(1))).isTrue();
    }

    @Test
    void onlyAnActiveJobCanBeCancelledAndItsWorkerThenLosesIt() {
        Report rendering = queued().claim("w", T0, LEASE, POLICY);

        Report cancelled = rendering.cancel(T0);

        assertThat(cancelled.status()).isEqualTo(ReportStatus.CANCELLED);
        assertThat(cancelled.dueAt()).isEmpty();
        assertThatThrownBy(() -> cancelled.stored("w", FILE, T0)).isInstanceOf(ReportLeaseLost.class);
        assertThatThrownBy(() -> cancelled.cancel(T0)).isInstanceOf(IllegalReportTransition.class);
        Report ready = queued().claim("w", T0, LEASE, POLICY).stored("w", FILE, T0).ready("w", T0);
        assertThatThrownBy(() -> ready.cancel(T0)).isInstanceOf(IllegalReportTransition.class)
                .hasMessageContaining("ready");
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        Report report = queued();

        assertThatThrownBy(() -> report.stored("w", FILE, T0)).isInstanceOf(ReportLeaseLost.class);
        assertThatThrownBy(() -> report.ready("w", T0)).isInstanceOf(ReportLeaseLost.class);
        Report rendering = report.claim("w", T0, LEASE, POLICY);
        assertThatThrownBy(() -> rendering.ready("w", T0)).isInstanceOf(ReportLeaseLost.class);
    }

    @Test
    void restoreRejectsInconsistentStates() {
        Report report = queued();
        assertThatThrownBy(() -> Report.reload(new ReportSnapshot(report.id(), report.auditId(), report.template(),
                report.options(), 2, T0, T0, new ReportState.Rendering(1, Optional.empty(), null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lease");
        assertThatThrownBy(() -> Report.reload(new ReportSnapshot(report.id(), report.auditId(), report.template(),
                report.options(), 2, T0, T0, new ReportState.Ready(1, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> Report.reload(new ReportSnapshot(report.id(), report.auditId(), report.template(),
                report.options(), 1, T0, T0, new ReportState.Queued(0, Optional.empty(), null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("next attempt");
    }

    @Test
    void longErrorsAreCut() {
        Report failed = queued().claim("w", T0, LEASE, POLICY).fail("w", "x".repeat(2_000), T0);

        assertThat(failed.lastError().orElseThrow()).hasSize(Report.ERROR_MAX).endsWith("…");
    }

    @Test
    void theRetryPolicyDoublesTheDelayUpToItsMaximum() {
        ReportRetryPolicy policy = new ReportRetryPolicy(10, Duration.ofSeconds(5), Duration.ofMinutes(1));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(99)).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> new ReportRetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new ReportRetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("maxDelay");
    }
}
