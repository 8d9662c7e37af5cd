package ara.application.service.storage;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.port.in.storage.IssueUploadCommand;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.service.report.ReportAccess;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditNotFound;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadRecorderTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final UploadRecorder recorder = new UploadRecorder(new ReportAccess(ports.audits, ports.reports,
            ports.log, ports.clock), ports.uploads, ports.ids, ports.clock, ports.allowances);
    private final Audit alices = audits.scoredOf(Callers.alice());

    @Test
    void recordsAnUploadUnderAFreshKeyOfTheAudit() {
        IssuedUpload upload = recorder.record(new IssueUploadCommand(alices.id(), "image/jpeg", 2048,
                Callers.alice()));

        assertThat(upload.key().value()).matches("uploads/" + Pattern.quote(alices.id().toString())
                + "/[0-9a-f-]{36}");
        assertThat(upload.audit()).isEqualTo(alices.id());
        assertThat(upload.contentType()).isEqualTo(new ContentType("image/jpeg"));
        assertThat(upload.size()).isEqualTo(2048);
        assertThat(upload.issuedAt()).isEqualTo(InMemoryPorts.START);
        assertThat(ports.uploads.find(upload.key())).contains(upload);
    }

    @Test
    void everyUploadGetsItsOwnKey() {
        IssueUploadCommand command = new IssueUploadCommand(alices.id(), "image/png", 10, Callers.alice());

        assertThat(recorder.record(command).key()).isNotEqualTo(recorder.record(command).key());
        assertThat(ports.uploads.findByAudit(alices.id())).hasSize(2);
    }

    @Test
    void recordsNothingForAStrangerOrAnAnonymousCaller() {
        assertThatThrownBy(() -> recorder.record(new IssueUploadCommand(alices.id(), "image/png", 10,
                Callers.bob()))).isInstanceOf(AuditNotFound.class);
        mustAuthenticate(ports.log, () -> recorder.record(new IssueUploadCommand(alices.id(), "image/png", 10,
                Callers.anonymous())));

        assertThat(ports.uploads.findByAudit(alices.id())).isEmpty();
    }
}
