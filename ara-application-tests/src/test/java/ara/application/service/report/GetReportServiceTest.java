package ara.application.service.report;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.out.auditlog.AuditEvent;
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

class GetReportServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final GetReportService service = new GetReportService(ports.audits, ports.reports, ports.log,
            ports.clock);
    private final Audit alices = audits.scoredOf(Callers.alice());

    @Test
    void theOwnerReadsTheReportAsStored() {
        Report ready = reports.ready(alices);

        Report read = service.get(ready.id(), Callers.alice());

        assertThat(read.status()).isEqualTo(ReportStatus.READY);
        assertThat(read.snapshot()).isEqualTo(ports.reports.find(ready.id()).orElseThrow().snapshot());
    }

    @Test
    void anAdminReadsAnyonesReport() {
        Report queued = reports.queued(alices);

        assertThat(service.get(queued.id(), Callers.admin()).id()).isEqualTo(queued.id());
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void anUnknownReportIsNotFound() {
        ReportId unknown = new ReportId(UUID.randomUUID());

        assertThatThrownBy(() -> service.get(unknown, Callers.alice()))
                .isInstanceOfSatisfying(ReportNotFound.class, e -> assertThat(e.reportId()).isEqualTo(unknown));
    }

    @Test
    void anonymousCallersMustAuthenticateEvenForAnUnknownReport() {
        Report queued = reports.queued(alices);

        mustAuthenticate(ports.log, () -> service.get(queued.id(), Callers.anonymous()));
        mustAuthenticate(ports.log, () -> service.get(new ReportId(UUID.randomUUID()), Callers.anonymous()));
    }

    @Test
    void aStrangerIsToldTheReportDoesNotExistAndTheAttemptIsLogged() {
        Report queued = reports.queued(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> service.get(queued.id(), Callers.bob()))
                .isInstanceOf(ReportNotFound.class);
    }

    @Test
    void aGuestReadsTheReportOfItsOwnAuditWithItsToken() {
        GuestToken token = audits.newGuestToken();
        Report guests = reports.queued(audits.scoredOfGuest(token));

        assertThat(service.get(guests.id(), Callers.guest(token)).id()).isEqualTo(guests.id());
        assertThatThrownBy(() -> service.get(guests.id(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(ReportNotFound.class);
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(1);
    }
}
