package ara.application.service.admin;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.Audit;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditObjectsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final RecordingObjectStorage storage = new RecordingObjectStorage(ports.storage);
    private final AuditObjects objects = new AuditObjects(ports.reports, ports.uploads, storage);
    private final StoredAudits audits = new StoredAudits(ports);
    private final StoredReports reports = new StoredReports(ports);
    private final Audit audit = audits.scoredOf(Callers.alice());
    private final Audit other = audits.scoredOf(Callers.bob());

    private ObjectKey upload(Audit owner) {
        ObjectKey key = ObjectKey.upload(owner.id(), UUID.randomUUID());
        ports.uploads.record(new IssuedUpload(key, owner.id(), new ContentType("image/png"), 64,
                ports.clock.instant()));
        return key;
    }

    @Test
    void listsTheDocumentsOfTheAuditsReportsAndItsUploadsOnly() {
        Report ready = reports.ready(audit);
        reports.failed(audit);
        ObjectKey logo = upload(audit);
        reports.ready(other);
        upload(other);

        assertThat(objects.of(audit.id())).containsExactlyInAnyOrder(StoredReports.documentKey(ready), logo);
    }

    @Test
    void deletesTheRecordsAndTheObjectsAndCountsWhatWent() {
        Report ready = reports.ready(audit);
        ObjectKey logo = upload(audit);
        ObjectKey otherLogo = upload(other);
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
        ObjectKey first = upload(audit);
        ObjectKey second = upload(audit);
        storage.failOn(first);

        int deleted = objects.delete(audit.id(), objects.of(audit.id()));

        assertThat(deleted).isEqualTo(1);
        assertThat(storage.deleted()).containsExactly(second);
    }
}
