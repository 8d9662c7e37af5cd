package ara.application.service.report;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.in.report.DeletedReportView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import ara.domain.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteReportServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final DeleteReportService service = new DeleteReportService(ports.audits, ports.reports, ports.storage,
            ports.log, ports.clock);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private static ObjectKey documentOf(Report report) {
        return ObjectKey.report(report.auditId(), report.id().value());
    }

    @Test
    void aQueuedReportIsCancelledAndStays() {
        Report queued = reports.queued(alices);

        DeletedReportView deleted = service.delete(queued.id(), Callers.alice());

        assertThat(deleted.removed()).isFalse();
        assertThat(deleted.report().status()).isEqualTo(ReportStatus.CANCELLED);
        assertThat(ports.reports.find(queued.id()).map(Report::status)).contains(ReportStatus.CANCELLED);
        assertThat(ports.log.latest(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("report.cancelled");
            assertThat(event.actor()).isEqualTo("user:alice");
            assertThat(event.target()).isEqualTo("audit:" + alices.id());
            assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
        });
    }

    @Test
    void aRenderingReportIsCancelledSoItsWorkerLosesTheLease() {
        Report rendering = reports.rendering(alices);

        DeletedReportView deleted = service.delete(rendering.id(), Callers.alice());

        assertThat(deleted.removed()).isFalse();
        assertThat(deleted.report().lease()).isEmpty();
        assertThat(deleted.report().status()).isEqualTo(ReportStatus.CANCELLED);
    }

    @Test
    void aStoredReportIsCancelledKeepingItsDocumentRecordedAndASecondDeleteRemovesBoth() {
        Report stored = reports.stored(alices);

        DeletedReportView cancelled = service.delete(stored.id(), Callers.alice());

        assertThat(cancelled.removed()).isFalse();
        assertThat(cancelled.report().file()).isEqualTo(stored.file());
        assertThat(ports.storage.get(documentOf(stored))).isPresent();

        DeletedReportView removed = service.delete(stored.id(), Callers.alice());

        assertThat(removed.removed()).isTrue();
        assertThat(ports.storage.get(documentOf(stored))).isEmpty();
        assertThat(ports.reports.find(stored.id())).isEmpty();
    }

    @Test
    void aReadyReportIsRemovedWithItsDocument() {
        Report ready = reports.ready(alices);

        DeletedReportView deleted = service.delete(ready.id(), Callers.alice());

        assertThat(deleted.removed()).isTrue();
        assertThat(deleted.report().id()).isEqualTo(ready.id());
        assertThat(ports.reports.find(ready.id())).isEmpty();
        assertThat(ports.storage.get(documentOf(ready))).isEmpty();
        assertThat(ports.log.count("report.deleted", AuditEvent.SUCCESS)).isEqualTo(1);
        assertThatThrownBy(() -> service.delete(ready.id(), Callers.alice())).isInstanceOf(ReportNotFound.class);
    }

    @Test
    void aCancelledReportWithoutADocumentIsRemoved() {
        Report queued = reports.queued(alices);
        service.delete(queued.id(), Callers.alice());

        assertThat(service.delete(queued.id(), Callers.alice()).removed()).isTrue();
        assertThat(ports.reports.find(queued.id())).isEmpty();
    }

    @Test
    void whenTheStorageIsDownTheReportStaysSoItCanBeDeletedAgain() {
        Report ready = reports.ready(alices);
        ports.storage.health(StorageHealth.down("test outage"));

        assertThatThrownBy(() -> service.delete(ready.id(), Callers.alice()))
                .isInstanceOf(StorageUnavailable.class);
        assertThat(ports.reports.find(ready.id())).isPresent();
        assertThat(ports.log.count("report.deleted", AuditEvent.SUCCESS)).isZero();

        ports.storage.health(StorageHealth.up("back"));
        assertThat(service.delete(ready.id(), Callers.alice()).removed()).isTrue();
        assertThat(ports.storage.get(documentOf(ready))).isEmpty();
    }

    @Test
    void anUnknownReportIsNotFound() {
        assertThatThrownBy(() -> service.delete(new ReportId(UUID.randomUUID()), Callers.alice()))
                .isInstanceOf(ReportNotFound.class);
    }

    @Test
    void anonymousCallersMustAuthenticateAndNothingChanges() {
        Report ready = reports.ready(alices);

        mustAuthenticate(ports.log, () -> service.delete(ready.id(), Callers.anonymous()));
        assertThat(ports.reports.find(ready.id())).isPresent();
        assertThat(ports.storage.get(documentOf(ready))).isPresent();
    }

    @Test
    void aStrangerIsToldTheReportDoesNotExistAndNothingChanges() {
        Report ready = reports.ready(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> service.delete(ready.id(), Callers.bob()))
                .isInstanceOf(ReportNotFound.class);

        assertThat(ports.reports.find(ready.id())).isPresent();
        assertThat(ports.storage.get(documentOf(ready))).isPresent();
    }

    @Test
    void anAdminAndTheGuestWithTheTokenMayDelete() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);
        Report byAdmin = reports.ready(alices);
        Report byGuest = reports.ready(guests);

        assertThat(service.delete(byAdmin.id(), Callers.admin()).removed()).isTrue();
        assertThatThrownBy(() -> service.delete(byGuest.id(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(ReportNotFound.class);
        assertThat(service.delete(byGuest.id(), Callers.guest(token)).removed()).isTrue();
    }

    @Test
    void theDocumentKeyIsTheReportsOwn() {
        Report queued = reports.queued(alices);

        assertThat(DeleteReportService.documentKey(queued).value())
                .isEqualTo("reports/" + alices.id() + "/" + queued.id() + ".pdf");
    }
}
