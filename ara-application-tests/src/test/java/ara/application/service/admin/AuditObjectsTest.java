package ara.application.service.admin;

import ara.application.fixture.InMemoryPorts;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.contract.AuditSamples;
import ara.domain.audit.AuditId;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditObjectsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final RecordingObjectStorage storage = new RecordingObjectStorage(ports.storage);
    private final AuditObjects objects = new AuditObjects(ports.reports, ports.uploads, storage);
    private final AuditId audit = AuditSamples.newId();
    private final AuditId other = AuditSamples.newId();

    private ObjectKey upload(AuditId owner) {
        ObjectKey key = ObjectKey.upload(owner, UUID.randomUUID());
        ports.uploads.record(new IssuedUpload(key, owner, new ContentType("image/png"), 64, ports.clock.instant()));
        return key;
    }

    @Test
    void listsTheDocumentsOfTheAuditsReportsAndItsUploadsOnly() {
        Report ready = ports.reports.createUnlessActive(ReportSamples.ready(audit, ports.clock.instant()));
        ports.reports.createUnlessActive(ReportSamples.failed(audit, ports.clock.instant()));
        ObjectKey logo = upload(audit);
        ports.reports.createUnlessActive(ReportSamples.ready(other, ports.clock.instant()));
        upload(other);

        assertThat(objects.of(audit)).containsExactlyInAnyOrder(ReportSamples.key(ready), logo);
    }

    @Test
    void deletesTheRecordsAndTheObjectsAndCountsWhatWent() {
        Report ready = ports.reports.createUnlessActive(ReportSamples.ready(audit, ports.clock.instant()));
        ObjectKey logo = upload(audit);
        ObjectKey otherLogo = upload(other);
        List<ObjectKey> keys = objects.of(audit);

        int deleted = objects.delete(audit, keys);

        assertThat(deleted).isEqualTo(2);
        assertThat(storage.deleted()).containsExactlyInAnyOrder(ReportSamples.key(ready), logo);
        assertThat(ports.reports.findByAudit(audit)).isEmpty();
        assertThat(ports.uploads.findByAudit(audit)).isEmpty();
        assertThat(ports.uploads.find(otherLogo)).isPresent();
    }

    @Test
    void anObjectTheStorageRefusesIsSkippedNotFatal() {
        ObjectKey first = upload(audit);
        ObjectKey second = upload(audit);
        storage.failOn(first);

        int deleted = objects.delete(audit, objects.of(audit));

        assertThat(deleted).isEqualTo(1);
        assertThat(storage.deleted()).containsExactly(second);
    }
}
