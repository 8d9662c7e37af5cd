package ara.application.service.admin;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.Audit;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditObjectsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final RecordingObjectStorage storage = new RecordingObjectStorage(ports.storage);
    private final AuditObjects objects = new AuditObjects(ports.reports, ports.uploads, storage);
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final StoredUploads uploads = new StoredUploads(ports);
    private final Audit audit = audits.scoredOf(Callers.alice());
    private final Audit other = audits.scoredOf(Callers.bob());

    @Test
    void listsTheDocumentsOfTheAuditsReportsAndItsUploadsOnly() {
        Report ready = reports.ready(audit);
        reports.failed(audit);
        ObjectKey logo = uploads.issuedTo(audit);
        reports.ready(other);
        uploads.issuedTo(other);

        assertThat(objects.of(audit.id())).containsExactlyInAnyOrder(StoredReports.documentKey(ready), logo);
    }

    @Test
    void deletesTheRecordsAndTheObjectsAndCountsWhatWent() {
        Report ready = reports.ready(audit);
        ObjectKey logo = uploads.issuedTo(audit);
        ObjectKey otherLogo = uploads.issuedTo(other);
        List<ObjectKey> keys = objects.of(audit.id());

        int deleted = objects.delete(audit.id(), keys);

        assertThat(deleted).isEqualTo(2);
        assertThat(storage.deleted()).containsExactlyInAnyOrder(StoredReports.documentKey(ready), logo);
        assertThat(ports.reports.findByAudit(audit.id())).isEmpty();
        assertThat(ports.uploads.findByAudit(audit.id())).isEmpty();
        assertThat(ports.uploads.find(otherLogo)).isPresent();
    }

    @Test
    void anObjectTheStorageRefusesIsSkippedNotFatal() {
        ObjectKey first = uploads.issuedTo(audit);
        ObjectKey second = uploads.issuedTo(audit);
        storage.failOn(first);

        int deleted = objects.delete(audit.id(), objects.of(audit.id()));

        assertThat(deleted).isEqualTo(1);
        assertThat(storage.deleted()).containsExactly(second);
    }
}
