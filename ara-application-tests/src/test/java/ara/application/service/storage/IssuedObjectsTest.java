package ara.application.service.storage;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.service.report.ReportAccess;
import ara.domain.audit.Audit;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a key is found to be one ARA issued, and for which audit: by the database, never by the key's text. */
class IssuedObjectsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final IssuedObjects objects = new IssuedObjects(ports.reports, ports.uploads,
            new ReportAccess(ports.audits, ports.reports, ports.log, ports.clock));
    private final Audit alices = audits.scoredOf(Callers.alice());

    private IssuedUpload uploadOf(Audit audit) {
        return ports.uploads.find(new StoredUploads(ports).issuedTo(audit)).orElseThrow();
    }

    @Test
    void findsAnUploadByItsRecordedKey() {
        IssuedUpload upload = uploadOf(alices);

        IssuedObjects.Issued issued = objects.find(upload.key().value(), Callers.alice());

        assertThat(issued).isEqualTo(new IssuedObjects.Issued(upload.key(), alices.id(),
                Optional.of(upload), Optional.empty()));
    }

    @Test
    void findsAReportsDocumentByTheReportWhoseFileHasExactlyThatKey() {
        Report ready = reports.ready(alices);
        String key = ready.file().orElseThrow().key();

        IssuedObjects.Issued issued = objects.find(key, Callers.alice());

        assertThat(issued.audit()).isEqualTo(alices.id());
        assertThat(issued.report().map(Report::id)).contains(ready.id());
        assertThat(issued.upload()).isEmpty();
    }

    @Test
    void aReportWithoutADocumentHasNoObject() {
        Report queued = reports.queued(alices);

        assertThatThrownBy(() -> objects.find("reports/" + alices.id() + "/" + queued.id() + ".pdf",
                Callers.alice())).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void theKeysTextDecidesNothing() {
        Audit bobs = audits.scoredOf(Callers.bob());
        Report bobsReport = reports.ready(bobs);
        ObjectKey unrecorded = ObjectKey.upload(alices.id(), ports.ids.next());
        ports.storage.put(unrecorded, new byte[] {1}, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);
        String bobsReportUnderAlicesAudit = "reports/" + alices.id() + "/" + bobsReport.id() + ".pdf";

        assertThatThrownBy(() -> objects.find(unrecorded.value(), Callers.alice()))
                .as("stored, but never issued").isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> objects.find(bobsReportUnderAlicesAudit, Callers.alice()))
                .as("the report's file has another key").isInstanceOf(ObjectNotFound.class);
        assertThat(ports.log.latest(10)).as("no one was denied: nothing was found").isEmpty();
    }

    @Test
    void aKeyThatIsNoObjectKeyIsNotFound() {
        assertThatThrownBy(() -> objects.find("../../etc/passwd", Callers.alice()))
                .isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> objects.find("", Callers.alice())).isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> objects.find(null, Callers.alice())).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void anonymousCallersMustAuthenticateBeforeTheKeyIsLookedUp() {
        mustAuthenticate(ports.log, () -> objects.find(uploadOf(alices).key().value(), Callers.anonymous()));
        mustAuthenticate(ports.log, () -> objects.find("../x", Callers.anonymous()));
    }

    @Test
    void aStrangerIsToldTheObjectDoesNotExistAndTheAttemptIsLogged() {
        IssuedUpload upload = uploadOf(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> objects.find(upload.key().value(), Callers.bob()))
                .isInstanceOf(ObjectNotFound.class).hasMessageContaining(upload.key().value());
        assertThat(objects.find(upload.key().value(), Callers.admin()).audit()).isEqualTo(alices.id());
    }
}
