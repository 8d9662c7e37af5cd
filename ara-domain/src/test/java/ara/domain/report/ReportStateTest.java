package ara.domain.report;

import ara.domain.report.ReportState.Cancelled;
import ara.domain.report.ReportState.Failed;
import ara.domain.report.ReportState.Queued;
import ara.domain.report.ReportState.Ready;
import ara.domain.report.ReportState.Rendering;
import ara.domain.report.ReportState.Stored;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static ara.domain.report.ReportSamples.FILE;
import static ara.domain.report.ReportSamples.LEASE;
import static ara.domain.report.ReportSamples.POLICY;
import static ara.domain.report.ReportSamples.T0;
import static ara.domain.report.ReportSamples.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportStateTest {
    @Test
    void eachStateCarriesItsOwnData() {
        Report report = queued();
        assertThat(report.state()).isEqualTo(new Queued(0, Optional.empty(), T0));

        Report rendering = report.claim("w", T0, LEASE, POLICY);
        ReportLease lease = new ReportLease("w", T0.plus(LEASE));
        assertThat(rendering.state()).isEqualTo(new Rendering(1, Optional.empty(), lease));

        Report stored = rendering.stored("w", FILE, T0);
        assertThat(stored.state()).isEqualTo(new Stored(1, Optional.empty(), lease, FILE));

        assertThat(stored.ready("w", T0).state()).isEqualTo(new Ready(1, FILE));
        assertThat(rendering.fail("w", "no logo", T0).state()).isEqualTo(new Failed(1, "no logo"));
        assertThat(stored.cancel(T0).state()).isEqualTo(new Cancelled(1, Optional.empty(), Optional.of(FILE)));
        assertThat(rendering.cancel(T0).state()).isEqualTo(new Cancelled(1, Optional.empty(), Optional.empty()));
        assertThat(rendering.retryLater("w", "storage down", T0, POLICY).state())
                .isEqualTo(new Queued(1, Optional.of("storage down"), T0.plusSeconds(10)));
    }

    @Test
    void theDerivedViewsFollowTheState() {
        ReportLease lease = new ReportLease("w", T0.plus(LEASE));
        List<ReportState> states = List.of(new Queued(2, Optional.of("down"), T0),
                new Rendering(2, Optional.empty(), lease), new Stored(2, Optional.empty(), lease, FILE),
                new Ready(2, FILE), new Failed(2, "gave up"), new Cancelled(2, Optional.empty(), Optional.of(FILE)));

        assertThat(states).extracting(ReportState::status).containsExactly(ReportStatus.values());
        Report report = queued();
        List<Report> reloaded = states.stream().map(state -> reloaded(report, state)).toList();
        assertThat(reloaded).extracting(Report::nextAttemptAt).containsExactly(Optional.of(T0), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(reloaded).extracting(Report::lease).containsExactly(Optional.empty(), Optional.of(lease),
                Optional.of(lease), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(reloaded).extracting(Report::file).containsExactly(Optional.empty(), Optional.empty(),
                Optional.of(FILE), Optional.of(FILE), Optional.empty(), Optional.of(FILE));
        assertThat(reloaded).extracting(Report::lastError).containsExactly(Optional.of("down"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("gave up"), Optional.empty());
        assertThat(reloaded).extracting(Report::attempts).containsOnly(2);
        assertThat(reloaded).extracting(Report::isActive).containsExactly(true, true, true, false, false, false);
    }

    @Test
    void aStateRefusesWhatItCannotHave() {
        assertThatThrownBy(() -> new Queued(-1, Optional.empty(), T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attempts must be at least 0, got -1");
        assertThatThrownBy(() -> new Stored(1, Optional.empty(), new ReportLease("w", T0), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a stored report needs its stored file");
        assertThatThrownBy(() -> new Stored(1, Optional.empty(), null, FILE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a stored report needs a lease");
        assertThatThrownBy(() -> new Failed(1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> new Cancelled(1, Optional.empty(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void errorsAreCutInEveryState() {
        String long_ = "x".repeat(2_000);
        ReportLease lease = new ReportLease("w", T0);

        assertThat(new Queued(1, Optional.of(long_), T0).lastError().orElseThrow()).hasSize(Report.ERROR_MAX);
        assertThat(new Rendering(1, Optional.of(long_), lease).lastError().orElseThrow()).hasSize(Report.ERROR_MAX);
        assertThat(new Failed(1, long_).reason()).hasSize(Report.ERROR_MAX).endsWith("…");
        assertThat(new Cancelled(1, Optional.of(long_), Optional.empty()).lastError().orElseThrow())
                .hasSize(Report.ERROR_MAX);
    }

    @Test
    void illegalTransitionsThrowTheSameExceptionsAndMessages() {
        Report report = queued();
        String id = report.id().toString();
        Report ready = report.claim("w", T0, LEASE, POLICY).stored("w", FILE, T0).ready("w", T0);

        assertThatThrownBy(() -> report.claim("w", T0.minusSeconds(1), LEASE, POLICY))
                .isInstanceOf(IllegalReportTransition.class)
                .hasMessage("report " + id + " is queued and cannot be claimed before it is due");
        assertThatThrownBy(() -> ready.claim("w", T0.plus(LEASE), LEASE, POLICY))
                .isInstanceOf(IllegalReportTransition.class)
                .hasMessage("report " + id + " is ready and cannot be claimed before it is due");
        assertThatThrownBy(() -> ready.cancel(T0)).isInstanceOf(IllegalReportTransition.class)
                .hasMessage("report " + id + " is ready and cannot be cancelled")
                .satisfies(e -> assertThat(((IllegalReportTransition) e).status()).isEqualTo(ReportStatus.READY));
        assertThatThrownBy(() -> report.stored("w", FILE, T0)).isInstanceOf(ReportLeaseLost.class)
                .hasMessage("worker w no longer holds report " + id + " (now queued)");
        assertThatThrownBy(() -> report.release("w", T0)).isInstanceOf(ReportLeaseLost.class)
                .hasMessage("worker w no longer holds report " + id + " (now queued)");
        assertThatThrownBy(() -> ready.fail("w", "late", T0)).isInstanceOf(ReportLeaseLost.class)
                .hasMessage("worker w no longer holds report " + id + " (now ready)")
                .satisfies(e -> assertThat(((ReportLeaseLost) e).status()).isEqualTo(ReportStatus.READY));
        Report rendering = report.claim("w", T0, LEASE, POLICY);
        assertThatThrownBy(() -> rendering.ready("w", T0)).isInstanceOf(ReportLeaseLost.class)
                .hasMessage("worker w no longer holds report " + id + " (now rendering)");
        assertThatThrownBy(() -> rendering.retryLater("other", "down", T0, POLICY))
                .isInstanceOf(ReportLeaseLost.class)
                .hasMessage("worker other no longer holds report " + id + " (now rendering)");
        assertThatThrownBy(() -> rendering.stored("w", null, T0)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
    }

    @Test
    void aReloadedReportIsTheSavedOne() {
        Report stored = queued().claim("w", T0, LEASE, POLICY).stored("w", FILE, T0.plusSeconds(3));

        Report reloaded = Report.reload(stored.snapshot());

        assertThat(reloaded.snapshot()).isEqualTo(stored.snapshot());
        assertThat(reloaded.state()).isEqualTo(stored.state());
        assertThat(reloaded.version()).isEqualTo(3);
        assertThat(reloaded.updatedAt()).isEqualTo(T0.plusSeconds(3));
        assertThat(reloaded.ready("w", T0.plusSeconds(4)).status()).isEqualTo(ReportStatus.READY);
        assertThatThrownBy(() -> new ReportSnapshot(stored.id(), stored.auditId(), stored.template(),
                stored.options(), 3, T0, T0, null)).isInstanceOf(NullPointerException.class).hasMessage("state");
    }

    private static Report reloaded(Report report, ReportState state) {
        return Report.reload(new ReportSnapshot(report.id(), report.auditId(), report.template(), report.options(),
                7, T0, T0, state));
    }
}
