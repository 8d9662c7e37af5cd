package ara.application.service.storage;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.storage.EdgeGrantView;
import ara.application.port.in.storage.EdgeGrantsDisabled;
import ara.application.port.in.storage.IssueEdgeGrantUseCase.EdgeOperation;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.EdgeGrantSigner;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueEdgeGrantServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final FixedFormatEdgeGrantSigner signer = new FixedFormatEdgeGrantSigner();
    private final IssueEdgeGrantService service = withSigner(Optional.of(signer));
    private final StoredUploads uploads = new StoredUploads(ports);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private IssueEdgeGrantService withSigner(Optional<EdgeGrantSigner> edge) {
        return new IssueEdgeGrantService(ports.audits, ports.reports, ports.uploads, edge, ports.ids, ports.log,
                ports.clock, ports.allowances);
    }

    @Test
    void anUploadGrantIsRecordedForTheAuditBeforeItIsSigned() {
        EdgeGrantView grant = service.upload(new IssueUploadCommand(alices.id(), "image/jpeg", 1000,
                Callers.alice()));

        assertThat(grant.operation()).isEqualTo(EdgeOperation.UPLOAD);
        assertThat(grant.key()).startsWith("uploads/" + alices.id() + "/");
        assertThat(grant.method()).isEqualTo("POST");
        assertThat(grant.url()).isEqualTo(URI.create("https://edge.test/r2/upload/" + grant.key()
                + "?size=1000&grant=fixed"));
        assertThat(grant.expiresAt()).isEqualTo(FixedFormatEdgeGrantSigner.EXPIRES);
        assertThat(grant.contentType()).contains("image/jpeg");
        assertThat(grant.size()).isEqualTo(OptionalLong.of(1000));
        assertThat(ports.uploads.find(new ObjectKey(grant.key())))
                .hasValueSatisfying(upload -> assertThat(upload.audit()).isEqualTo(alices.id()));
        assertThat(ports.log.count("upload.issued", AuditEvent.SUCCESS)).isEqualTo(1);
    }

    @Test
    void aDownloadGrantIsGivenForAnUploadAndForAReportsDocument() {
        ObjectKey upload = uploads.issuedTo(alices);
        Report ready = new StoredReports(ports).ready(alices);

        EdgeGrantView uploadGrant = service.access(EdgeOperation.DOWNLOAD, upload.value(), Callers.alice());
        EdgeGrantView reportGrant = service.access(EdgeOperation.DOWNLOAD, ready.file().orElseThrow().key(),
                Callers.alice());

        assertThat(uploadGrant.method()).isEqualTo("GET");
        assertThat(uploadGrant.url()).isEqualTo(URI.create("https://edge.test/r2/download/" + upload
                + "?grant=fixed"));
        assertThat(uploadGrant.contentType()).isEmpty();
        assertThat(uploadGrant.size()).isEmpty();
        assertThat(reportGrant.key()).isEqualTo(ready.file().orElseThrow().key());
        assertThat(ports.log.latest(10)).as("downloads are not logged").isEmpty();
    }

    @Test
    void aDeleteGrantIsLoggedAndLeavesTheUploadRecord() {
        ObjectKey upload = uploads.issuedTo(alices);

        EdgeGrantView grant = service.access(EdgeOperation.DELETE, upload.value(), Callers.alice());

        assertThat(grant.method()).isEqualTo("DELETE");
        assertThat(signer.signed()).containsExactly("DELETE " + upload);
        assertThat(ports.uploads.find(upload)).isPresent();
        assertThat(ports.log.latest(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("upload.delete-granted");
            assertThat(event.target()).isEqualTo("audit:" + alices.id());
            assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
        });
    }

    @Test
    void aReportsDocumentCannotBeDeletedAtTheEdge() {
        Report ready = new StoredReports(ports).ready(alices);

        assertThatThrownBy(() -> service.access(EdgeOperation.DELETE, ready.file().orElseThrow().key(),
                Callers.alice())).isInstanceOf(ReportDocumentNotDeletable.class);
        assertThat(signer.signed()).isEmpty();
    }

    @Test
    void anUploadGrantIsAskedForAnAuditNotAKey() {
        ObjectKey upload = uploads.issuedTo(alices);

        assertThatThrownBy(() -> service.access(EdgeOperation.UPLOAD, upload.value(), Callers.alice()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAnEdgeWorkerEveryGrantIsRefusedBeforeAnythingIsRecorded() {
        IssueEdgeGrantService disabled = withSigner(Optional.empty());
        ObjectKey upload = uploads.issuedTo(alices);

        assertThatThrownBy(() -> disabled.upload(new IssueUploadCommand(alices.id(), "image/png", 10,
                Callers.alice()))).isInstanceOf(EdgeGrantsDisabled.class);
        assertThatThrownBy(() -> disabled.access(EdgeOperation.DOWNLOAD, upload.value(), Callers.alice()))
                .isInstanceOf(EdgeGrantsDisabled.class);
        assertThatThrownBy(() -> disabled.access(EdgeOperation.DELETE, "never-issued", Callers.bob()))
                .isInstanceOf(EdgeGrantsDisabled.class);
        assertThat(ports.uploads.findByAudit(alices.id())).containsExactly(ports.uploads.find(upload).orElseThrow());
        assertThat(ports.log.latest(10)).isEmpty();
    }

    @Test
    void aKeyARANeverIssuedGetsNoGrant() {
        assertThatThrownBy(() -> service.access(EdgeOperation.DOWNLOAD,
                ObjectKey.upload(alices.id(), ports.ids.next()).value(), Callers.alice()))
                .isInstanceOf(ObjectNotFound.class);
        assertThat(signer.signed()).isEmpty();
    }

    @Test
    void anonymousCallersMustAuthenticate() {
        ObjectKey upload = uploads.issuedTo(alices);

        mustAuthenticate(ports.log, () -> service.access(EdgeOperation.DOWNLOAD, upload.value(), Callers.anonymous()));
        mustAuthenticate(ports.log, () -> service.upload(new IssueUploadCommand(alices.id(), "image/png", 10,
                Callers.anonymous())));
        assertThat(signer.signed()).isEmpty();
    }

    @Test
    void aStrangerGetsNoGrantAndTheAttemptIsLogged() {
        ObjectKey upload = uploads.issuedTo(alices);

        assertThatThrownBy(() -> service.access(EdgeOperation.DELETE, upload.value(), Callers.bob()))
                .isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> service.upload(new IssueUploadCommand(alices.id(), "image/png", 10,
                Callers.bob()))).isInstanceOf(AuditNotFound.class);

        assertThat(signer.signed()).isEmpty();
        assertThat(ports.uploads.findByAudit(alices.id())).hasSize(1);
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(2);
    }

    @Test
    void anAdminAndTheGuestWithTheTokenGetGrants() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);
        ObjectKey upload = uploads.issuedTo(guests);

        assertThat(service.access(EdgeOperation.DOWNLOAD, upload.value(), Callers.admin()).key())
                .isEqualTo(upload.value());
        assertThat(service.access(EdgeOperation.DOWNLOAD, upload.value(), Callers.guest(token)).key())
                .isEqualTo(upload.value());
        assertThat(service.upload(new IssueUploadCommand(guests.id(), "image/png", 10, Callers.guest(token)))
                .key()).startsWith("uploads/" + guests.id() + "/");
        assertThatThrownBy(() -> service.access(EdgeOperation.DOWNLOAD, upload.value(),
                Callers.guest(audits.newGuestToken()))).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsUploads() {
        Allowances one = new Allowances(ports.clock, 1);
        IssueEdgeGrantService limited = new IssueEdgeGrantService(ports.audits, ports.reports, ports.uploads,
                Optional.of(signer), ports.ids, ports.log, ports.clock, one.allowances);

        spentOnlyByTheOwner(one, Scope.UPLOADS_PER_AUDIT,
                () -> limited.upload(new IssueUploadCommand(alices.id(), "image/png", 1000, Callers.anonymous())),
                () -> limited.upload(new IssueUploadCommand(alices.id(), "image/png", 1000, Callers.bob())),
                () -> limited.upload(new IssueUploadCommand(alices.id(), "image/png", 1000, Callers.alice())));
    }
}
