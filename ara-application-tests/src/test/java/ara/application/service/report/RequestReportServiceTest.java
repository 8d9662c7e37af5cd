package ara.application.service.report;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.audit.AuditNotScored;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.report.LogoNotUploaded;
import ara.application.port.in.report.RequestReportCommand;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.report.BrandColour;
import ara.domain.report.Report;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportStatus;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestReportServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final RequestReportService service = new RequestReportService(ports.audits, ports.reports,
            ports.uploads, ports.ids, ports.log, ports.clock, ports.allowances);
    private final StoredUploads uploads = new StoredUploads(ports);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private Report request(Audit audit, ReportOptions options, Caller caller) {
        return service.request(new RequestReportCommand(audit.id(), ReportTemplate.EXECUTIVE, options, caller));
    }

    @Test
    void queuesAReportDueAtOnceAndLogsTheRequest() {
        ReportOptions options = new ReportOptions("Acme EU", BrandColour.of("#112233"), null);

        Report report = request(alices, options, Callers.alice());

        assertThat(report.status()).isEqualTo(ReportStatus.QUEUED);
        assertThat(report.attempts()).isZero();
        assertThat(report.auditId()).isEqualTo(alices.id());
        assertThat(report.template()).isEqualTo(ReportTemplate.EXECUTIVE);
        assertThat(report.options()).isEqualTo(options);
        assertThat(report.nextAttemptAt()).contains(InMemoryPorts.START);
        assertThat(ports.reports.find(report.id())).isPresent();
        assertThat(ports.log.latest(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("report.requested");
            assertThat(event.actor()).isEqualTo("user:alice");
            assertThat(event.target()).isEqualTo("audit:" + alices.id());
            assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
        });
    }

    @Test
    void anIdenticalRequestWhileTheFirstIsActiveReturnsThatJob() {
        Report first = request(alices, ReportOptions.none(), Callers.alice());

        Report again = request(alices, ReportOptions.none(), Callers.alice());
        Report other = request(alices, new ReportOptions("Other name", null, null), Callers.alice());

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(ports.reports.findByAudit(alices.id())).hasSize(2);
    }

    @Test
    void noTemplateMeansTheDefaultTemplate() {
        Report report = service.request(new RequestReportCommand(alices.id(), null, ReportOptions.none(),
                Callers.alice()));

        assertThat(report.template()).isEqualTo(ReportTemplate.DEFAULT);
    }

    @Test
    void anAuditWithAReportAlreadyCanHaveAnother() {
        ports.audits.update(alices.id(), audit -> audit.moveTo(AuditStatus.REPORT_READY, ports.clock.instant()));

        assertThat(request(alices, ReportOptions.none(), Callers.alice()).status()).isEqualTo(ReportStatus.QUEUED);
    }

    @Test
    void aDraftHasNoReport() {
        Audit draft = audits.draftOf(Callers.alice());

        assertThatThrownBy(() -> request(draft, ReportOptions.none(), Callers.alice()))
                .isInstanceOfSatisfying(AuditNotScored.class, e -> {
                    assertThat(e.auditId()).isEqualTo(draft.id());
                    assertThat(e.status()).isEqualTo(AuditStatus.DRAFT);
                });
        assertThat(ports.reports.findByAudit(draft.id())).isEmpty();
        assertThat(ports.log.count("report.requested", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void aLogoMustBeAnUploadIssuedForTheSameAudit() {
        ObjectKey own = uploads.issuedTo(alices);
        ObjectKey foreign = uploads.issuedTo(audits.scoredOf(Callers.alice()));
        String neverIssued = ObjectKey.upload(alices.id(), UUID.randomUUID()).value();

        Report withLogo = request(alices, new ReportOptions(null, null, own.value()), Callers.alice());

        assertThat(withLogo.options().logo()).contains(own.value());
        assertThatThrownBy(() -> request(alices, new ReportOptions(null, null, foreign.value()), Callers.alice()))
                .isInstanceOfSatisfying(LogoNotUploaded.class, e -> assertThat(e.key()).isEqualTo(foreign.value()))
                .hasMessageContaining("names no upload of audit " + alices.id());
        assertThatThrownBy(() -> request(alices, new ReportOptions(null, null, neverIssued), Callers.alice()))
                .isInstanceOf(LogoNotUploaded.class);
        assertThatThrownBy(() -> request(alices, new ReportOptions(null, null, "../etc/passwd"), Callers.alice()))
                .isInstanceOf(LogoNotUploaded.class).hasMessageContaining("is not an object key");
        assertThat(ports.reports.findByAudit(alices.id())).hasSize(1);
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.request(new RequestReportCommand(unknown, null, ReportOptions.none(),
                Callers.alice()))).isInstanceOf(AuditNotFound.class);
    }

    @Test
    void anonymousCallersMustAuthenticateAndNothingIsQueued() {
        mustAuthenticate(ports.log, () -> request(alices, ReportOptions.none(), Callers.anonymous()));
        assertThat(ports.reports.findByAudit(alices.id())).isEmpty();
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndNothingIsQueued() {
        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> request(alices, ReportOptions.none(), Callers.bob()))
                .isInstanceOf(AuditNotFound.class);

        assertThat(ports.reports.findByAudit(alices.id())).isEmpty();
    }

    @Test
    void anAdminMayRequestAReportOfAnyonesAudit() {
        Report report = request(alices, ReportOptions.none(), Callers.admin());

        assertThat(report.auditId()).isEqualTo(alices.id());
        assertThat(ports.log.latest(1)).singleElement()
                .satisfies(event -> assertThat(event.actor()).isEqualTo("user:root"));
    }

    @Test
    void aGuestRequestsAReportOfItsOwnAuditWithItsToken() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);

        assertThat(request(guests, ReportOptions.none(), Callers.guest(token)).auditId()).isEqualTo(guests.id());
        assertThatThrownBy(() -> request(guests, ReportOptions.none(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsReports() {
        Allowances one = new Allowances(ports.clock, 1);
        RequestReportService limited = new RequestReportService(ports.audits, ports.reports, ports.uploads,
                ports.ids, ports.log, ports.clock, one.allowances);

        spentOnlyByTheOwner(one, Scope.REPORTS_PER_AUDIT,
                () -> limited.request(new RequestReportCommand(alices.id(), ReportTemplate.EXECUTIVE,
                        ReportOptions.none(), Callers.anonymous())),
                () -> limited.request(new RequestReportCommand(alices.id(), ReportTemplate.EXECUTIVE,
                        ReportOptions.none(), Callers.bob())),
                () -> limited.request(new RequestReportCommand(alices.id(), ReportTemplate.EXECUTIVE,
                        ReportOptions.none(), Callers.alice())));
    }
}
