package ara.application.service.report;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The access rule for reports and the things an audit owns, over the in-memory audits, reports and log. */
class ReportAccessTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final ReportAccess access = new ReportAccess(ports.audits, ports.reports, ports.log, ports.clock);
    private final Audit alices = audits.scoredOf(Callers.alice());
    private final Report report = new StoredReports(ports).queued(alices);

    @Test
    void anonymousCallersMustAuthenticateBeforeAnythingIsLookedUp() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        mustAuthenticate(ports.log, () -> access.audit(unknown, Callers.anonymous()));
        mustAuthenticate(ports.log, () -> access.report(new ReportId(UUID.randomUUID()), Callers.anonymous()));
        mustAuthenticate(ports.log, () -> access.report(report.id(), Callers.anonymous()));
        mustAuthenticate(ports.log, () -> access.requireIdentity(Callers.anonymous(), "object x"))
                .hasMessageContaining("object x");
    }

    @Test
    void ownerAndAdminReachTheAuditAndItsReport() {
        for (Caller allowed : new Caller[] {Callers.alice(), Callers.admin()}) {
            assertThat(access.audit(alices.id(), allowed).id()).isEqualTo(alices.id());
            assertThat(access.report(report.id(), allowed).id()).isEqualTo(report.id());
            assertThat(access.owner(alices.id(), allowed, IllegalStateException::new).id()).isEqualTo(alices.id());
        }
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> access.audit(alices.id(), Callers.bob()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(alices.id()));
        assertThat(ports.log.latest(1).getFirst().at()).isEqualTo(InMemoryPorts.START);
    }

    @Test
    void aStrangerIsToldTheReportDoesNotExistAndTheAttemptIsLogged() {
        assertThatThrownBy(() -> access.report(report.id(), Callers.bob()))
                .isInstanceOfSatisfying(ReportNotFound.class, e -> assertThat(e.reportId()).isEqualTo(report.id()));

        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(1);
    }

    @Test
    void theOwnedThingsOwnNotFoundIsThrownForAStrangerOrAMissingAudit() {
        AuditId missing = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> access.owner(alices.id(), Callers.bob(), () -> new IllegalStateException("mine")))
                .isInstanceOf(IllegalStateException.class).hasMessage("mine");
        assertThatThrownBy(() -> access.owner(missing, Callers.alice(), () -> new IllegalStateException("gone")))
                .isInstanceOf(IllegalStateException.class).hasMessage("gone");
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).as("only the stranger is logged")
                .isEqualTo(1);
    }

    @Test
    void unknownAuditsAndReportsAreNotFoundForTheirOwnerToo() {
        assertThatThrownBy(() -> access.audit(new AuditId(UUID.randomUUID()), Callers.alice()))
                .isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> access.report(new ReportId(UUID.randomUUID()), Callers.admin()))
                .isInstanceOf(ReportNotFound.class);
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void aGuestReachesTheAuditOfItsTokenOnly() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);
        Report guestReport = new StoredReports(ports).queued(guests);

        assertThat(access.report(guestReport.id(), Callers.guest(token)).id()).isEqualTo(guestReport.id());
        assertThatThrownBy(() -> access.report(guestReport.id(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(ReportNotFound.class);
        assertThatThrownBy(() -> access.audit(alices.id(), Callers.guest(token)))
                .isInstanceOf(AuditNotFound.class);
        assertThat(ports.log.latest(10)).extracting(AuditEvent::actor, AuditEvent::action)
                .containsOnly(tuple("guest", "access.denied")).hasSize(2);
    }

    @Test
    void theGuardRecordsEventsAtTheClocksTime() {
        ports.clock.advance(Duration.ofMinutes(3));

        access.guard().record(Callers.alice(), "report.requested", alices.id(), AuditEvent.SUCCESS);

        assertThat(ports.log.latest(1)).singleElement().isEqualTo(new AuditEvent(
                InMemoryPorts.START.plusSeconds(180), "user:alice", "report.requested", "audit:" + alices.id(),
                AuditEvent.SUCCESS, null, null));
    }
}
