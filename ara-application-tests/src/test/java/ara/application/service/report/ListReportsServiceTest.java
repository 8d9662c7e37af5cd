package ara.application.service.report;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import ara.domain.report.ReportOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListReportsServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final ListReportsService service = new ListReportsService(ports.audits, ports.reports, ports.log,
            ports.clock);
    private final Audit alices = audits.scoredOf(Callers.alice());

    @Test
    void listsTheAuditsReportsNewestFirstAndNoOtherAudits() {
        Report first = reports.ready(alices);
        ports.clock.advance(Duration.ofMinutes(1));
        Report second = reports.queued(alices, new ReportOptions("Acme EU", null, null));
        reports.queued(audits.scoredOf(Callers.alice()));

        assertThat(service.list(alices.id(), Callers.alice())).extracting(Report::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void anAuditWithoutReportsListsNone() {
        assertThat(service.list(alices.id(), Callers.alice())).isEmpty();
    }

    @Test
    void anAdminListsAnyonesReports() {
        Report queued = reports.queued(alices);

        assertThat(service.list(alices.id(), Callers.admin())).extracting(Report::id).containsExactly(queued.id());
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.list(unknown, Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }

    @Test
    void anonymousCallersMustAuthenticateBeforeTheAuditIsLookedUp() {
        mustAuthenticate(ports.log, () -> service.list(alices.id(), Callers.anonymous()));
        mustAuthenticate(ports.log, () -> service.list(new AuditId(UUID.randomUUID()), Callers.anonymous()));
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        reports.queued(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> service.list(alices.id(), Callers.bob()))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void aGuestListsTheReportsOfItsOwnAuditWithItsToken() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);
        Report queued = reports.queued(guests);

        assertThat(service.list(guests.id(), Callers.guest(token))).extracting(Report::id)
                .containsExactly(queued.id());
        assertThatThrownBy(() -> service.list(guests.id(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(1);
    }
}
