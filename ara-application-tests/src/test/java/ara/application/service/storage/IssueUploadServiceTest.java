package ara.application.service.storage;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.Links;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.in.storage.UploadLinkView;
import ara.application.port.in.storage.UploadRejected;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;
import ara.application.port.out.storage.SignedLinks.LinkRefused;
import ara.application.port.out.storage.SignedLinks.UploadOutcome;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import ara.domain.report.Logo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueUploadServiceTest {
    private static final byte[] PNG = StoredUploads.png();

    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final IssueUploadService service = new IssueUploadService(ports.audits, ports.reports, ports.uploads,
            ports.storage, ports.ids, ports.log, ports.clock, ports.allowances);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private UploadLinkView issue(Audit audit, Caller caller) {
        return service.issue(new IssueUploadCommand(audit.id(), "image/png", PNG.length, caller));
    }

    private UploadOutcome put(UploadLinkView link, String contentType, byte[] body) {
        return ports.storage.upload(Links.key(link.url()), Links.parameters(link.url()), contentType, body.length,
                new ByteArrayInputStream(body));
    }

    @Test
    void issuesALinkThatUploadsExactlyTheDeclaredFileAndRecordsIt() {
        UploadLinkView link = issue(alices, Callers.alice());

        assertThat(link.key()).startsWith("uploads/" + alices.id() + "/");
        assertThat(link.contentType()).isEqualTo("image/png");
        assertThat(link.size()).isEqualTo(PNG.length);
        assertThat(link.expiresAt()).isEqualTo(InMemoryPorts.START.plus(IssueUploadService.VALIDITY));
        assertThat(ports.uploads.find(new ObjectKey(link.key())))
                .hasValueSatisfying(upload -> assertThat(upload.audit()).isEqualTo(alices.id()));
        assertThat(put(link, "image/jpeg", PNG)).isEqualTo(new LinkRefused(LinkRefusal.WRONG_CONTENT_TYPE));
        assertThat(put(link, "image/png", PNG)).isInstanceOf(UploadOutcome.Stored.class);
        assertThat(ports.storage.get(new ObjectKey(link.key())).orElseThrow().content()).isEqualTo(PNG);
    }

    @Test
    void theLinkStopsWorkingAfterFifteenMinutes() {
        UploadLinkView link = issue(alices, Callers.alice());

        ports.clock.advance(Duration.ofMinutes(15));

        assertThat(put(link, "image/png", PNG)).isEqualTo(new LinkRefused(LinkRefusal.EXPIRED));
    }

    @Test
    void logsTheIssuedUpload() {
        issue(alices, Callers.alice());

        assertThat(ports.log.latest(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("upload.issued");
            assertThat(event.actor()).isEqualTo("user:alice");
            assertThat(event.target()).isEqualTo("audit:" + alices.id());
            assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
        });
    }

    @Test
    void onlyImagesUpToTheLogoLimitMayBeUploaded() {
        assertThatThrownBy(() -> new IssueUploadCommand(alices.id(), "text/html", 10, Callers.alice()))
                .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.field()).isEqualTo("contentType"));
        assertThatThrownBy(() -> new IssueUploadCommand(alices.id(), "image/png", Logo.MAX_BYTES + 1,
                Callers.alice()))
                .isInstanceOfSatisfying(UploadRejected.class, e -> assertThat(e.rule()).isEqualTo("out_of_range"));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.issue(new IssueUploadCommand(unknown, "image/png", 10, Callers.alice())))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void anonymousCallersMustAuthenticateAndNothingIsRecorded() {
        mustAuthenticate(ports.log, () -> issue(alices, Callers.anonymous()));

        assertThat(ports.uploads.findByAudit(alices.id())).isEmpty();
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndNothingIsRecorded() {
        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> issue(alices, Callers.bob()))
                .isInstanceOf(AuditNotFound.class);

        assertThat(ports.uploads.findByAudit(alices.id())).isEmpty();
    }

    @Test
    void anAdminAndTheGuestWithTheTokenMayUpload() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);

        assertThat(issue(alices, Callers.admin()).key()).startsWith("uploads/" + alices.id() + "/");
        assertThat(issue(guests, Callers.guest(token)).key()).startsWith("uploads/" + guests.id() + "/");
        assertThatThrownBy(() -> issue(guests, Callers.guest(audits.newGuestToken())))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsUploads() {
        Allowances one = new Allowances(ports.clock, 1);
        IssueUploadService limited = new IssueUploadService(ports.audits, ports.reports, ports.uploads,
                ports.storage, ports.ids, ports.log, ports.clock, one.allowances);

        spentOnlyByTheOwner(one, Scope.UPLOADS_PER_AUDIT,
                () -> limited.issue(new IssueUploadCommand(alices.id(), "image/png", PNG.length, Callers.anonymous())),
                () -> limited.issue(new IssueUploadCommand(alices.id(), "image/png", PNG.length, Callers.bob())),
                () -> limited.issue(new IssueUploadCommand(alices.id(), "image/png", PNG.length, Callers.alice())));

        assertThat(ports.log.count("upload.issued", AuditEvent.SUCCESS)).as("only the admitted upload").isEqualTo(1);
    }
}
