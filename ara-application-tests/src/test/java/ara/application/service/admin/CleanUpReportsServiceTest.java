package ara.application.service.admin;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpReportsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.Audit;
import ara.domain.report.Report;
import ara.domain.report.ReportOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CleanUpReportsServiceTest {
    private static final Duration KEEP = Duration.ofDays(14);
    private static final CleanUpCommand RUN = new CleanUpCommand(false, "cli");
    private static final CleanUpCommand DRY_RUN = new CleanUpCommand(true, "cli");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final RecordingObjectStorage storage = new RecordingObjectStorage(ports.storage);
    private final CleanUpReportsService service = new CleanUpReportsService(ports.reports, ports.reports, storage,
            KEEP, ports.lease, "instance-a", ports.log, ports.clock);
    private final StoredReports reports = new StoredReports(ports);
    private final Audit audit = new StoredAudits(ports).scoredOf(Callers.alice());

    @Test
    void deletesFinishedReportsPastTheRetentionWithTheirDocuments() {
        Report ready = reports.ready(audit);
        Report failed = reports.failed(audit);
        Report cancelled = reports.cancelled(audit);
        // Other options than the recent one's below, which would otherwise be this active report again.
        Report queued = reports.queued(audit, new ReportOptions("Acme EU", null, null));
        ports.clock.advance(KEEP.minusDays(1));
        Report recent = reports.ready(audit);
        ports.clock.advance(Duration.ofDays(1));

        CleanupView view = service.cleanUp(RUN);

        assertThat(view.job()).isEqualTo(CleanUpReportsUseCase.JOB);
        assertThat(view.count()).isEqualTo(3);
        assertThat(view.ids()).containsExactlyInAnyOrder(ready.id().toString(), failed.id().toString(),
                cancelled.id().toString());
        assertThat(view.objects()).as("only the ready report had a document").isEqualTo(1);
        assertThat(view.more()).isFalse();
        assertThat(storage.deleted()).containsExactly(StoredReports.documentKey(ready));
        assertThat(ports.reports.findByAudit(audit.id())).extracting(Report::id)
                .containsExactlyInAnyOrder(queued.id(), recent.id());
    }

    @Test
    void logsOneReportCleanupEvent() {
        service.cleanUp(RUN);

        AuditEvent event = ports.log.latest(1).getFirst();
        assertThat(event.action()).isEqualTo("maintenance.report_cleanup");
        assertThat(event.actor()).isEqualTo("cli");
        assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
    }

    @Test
    void aDryRunCountsReportsAndDocumentsWithoutDeleting() {
        Report ready = reports.ready(audit);
        Report failed = reports.failed(audit);
        ports.clock.advance(KEEP);

        CleanupView view = service.cleanUp(DRY_RUN);

        assertThat(view.dryRun()).isTrue();
        assertThat(view.count()).isEqualTo(2);
        assertThat(view.objects()).isEqualTo(1);
        assertThat(view.ids()).containsExactlyInAnyOrder(ready.id().toString(), failed.id().toString());
        assertThat(ports.reports.findByAudit(audit.id())).hasSize(2);
        assertThat(storage.deleted()).isEmpty();
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void keepsAReportWhoseDocumentCannotBeDeletedForTheNextRun() {
        Report stuck = reports.ready(audit);
        Report other = reports.ready(audit);
        ObjectKey stuckKey = StoredReports.documentKey(stuck);
        storage.failOn(stuckKey);
        ports.clock.advance(KEEP);

        CleanupView view = service.cleanUp(RUN);

        assertThat(view.ids()).containsExactly(other.id().toString());
        assertThat(view.objects()).isEqualTo(1);
        assertThat(ports.reports.find(stuck.id())).isPresent();
        assertThat(ports.reports.find(other.id())).isEmpty();
    }

    @Test
    void isBusyWhileAnotherInstanceHoldsTheLease() {
        Report ready = reports.ready(audit);
        ports.clock.advance(KEEP);
        ports.lease.tryAcquire(CleanUpReportsUseCase.JOB, "instance-b", ports.clock.instant(), MaintenanceRun.LEASE);

        assertThatThrownBy(() -> service.cleanUp(RUN))
                .isInstanceOfSatisfying(MaintenanceBusy.class,
                        e -> assertThat(e.job()).isEqualTo(CleanUpReportsUseCase.JOB));
        assertThat(ports.reports.find(ready.id())).isPresent();
        assertThat(service.cleanUp(DRY_RUN).count()).as("dry runs never wait").isEqualTo(1);
    }

    @Test
    void deletesAtMostOneBatchPerRun() {
        for (int i = 0; i <= CleanUpReportsService.PER_RUN; i++) {
            reports.failed(audit);
        }
        ports.clock.advance(KEEP);

        CleanupView first = service.cleanUp(RUN);

        assertThat(first.count()).isEqualTo(CleanUpReportsService.PER_RUN);
        assertThat(first.more()).isTrue();
        assertThat(service.cleanUp(RUN).count()).isEqualTo(1);
    }
}
