package ara.application.service.admin;

import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredReports;
import ara.application.port.in.admin.StatsView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.contract.AuditSamples;
import ara.domain.audit.AuditStatus;
import ara.domain.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GetStatsServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final GetStatsService service = new GetStatsService(ports.audits, ports.reports, ports.log);

    private void claimEvent(String outcome) {
        ports.log.record(new AuditEvent(ports.clock.instant(), "user:alice", "audit.claimed", "audit:x", outcome,
                null, null));
    }

    @Test
    void countsAuditsReportsConversionsAndTheQueue() {
        var t0 = AuditSamples.T0;
        ports.audits.create(AuditSamples.draft(AuditSamples.newOwner(), t0));
        ports.audits.create(AuditSamples.guestDraft(AuditSamples.newGuestToken(), t0));
        var scored = ports.audits.create(AuditSamples.scored(AuditSamples.newOwner(), t0));
        StoredReports reports = new StoredReports(ports);
        reports.ready(scored);
        reports.queued(scored);
        // A second active report of the same audit and options would be the first one again: another audit's.
        reports.rendering(AuditSamples.draft(AuditSamples.newOwner(), t0));
        claimEvent(AuditEvent.SUCCESS);
        claimEvent(AuditEvent.DENIED);

        StatsView stats = service.stats();

        assertThat(stats.auditsByStatus()).containsKeys(Arrays.stream(AuditStatus.values()).map(AuditStatus::code)
                .toArray(String[]::new));
        assertThat(stats.auditsByStatus()).containsEntry("draft", 2L).containsEntry("scored", 1L)
                .containsEntry("archived", 0L);
        assertThat(stats.auditsByStatus().keySet()).first().isEqualTo("draft");
        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.completionRate()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(stats.guestAudits()).isEqualTo(1);
        assertThat(stats.guestsConverted()).as("only successful claims count").isEqualTo(1);
        assertThat(stats.reportsByStatus()).hasSize(ReportStatus.values().length)
                .containsEntry("queued", 1L).containsEntry("rendering", 1L).containsEntry("ready", 1L)
                .containsEntry("failed", 0L);
        assertThat(stats.queueDepth()).isEqualTo(2);
    }

    @Test
    void withoutAuditsTheRateIsZeroAndEveryStatusIsListed() {
        StatsView stats = service.stats();

        assertThat(stats.total()).isZero();
        assertThat(stats.completionRate()).isZero();
        assertThat(stats.auditsByStatus()).hasSize(AuditStatus.values().length).allSatisfy((status, count) ->
                assertThat(count).isZero());
        assertThat(stats.queueDepth()).isZero();
    }
}
