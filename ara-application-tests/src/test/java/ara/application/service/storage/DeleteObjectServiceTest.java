package ara.application.service.storage;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.in.storage.ReportDocumentNotDeletable;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteObjectServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final DeleteObjectService service = new DeleteObjectService(ports.audits, ports.reports, ports.uploads,
            ports.storage, ports.log, ports.clock);
    private final StoredUploads uploads = new StoredUploads(ports);
    private final Audit alices = audits.scoredOf(Callers.alice());

    @Test
    void deletesTheFileAndTheRecordAndLogsIt() {
        ObjectKey key = uploads.uploadedTo(alices);

        service.delete(key.value(), Callers.alice());

        assertThat(ports.storage.get(key)).isEmpty();
        assertThat(ports.uploads.find(key)).isEmpty();
        assertThat(ports.log.latest(10)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("upload.deleted");
            assertThat(event.actor()).isEqualTo("user:alice");
            assertThat(event.target()).isEqualTo("audit:" + alices.id());
            assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
        });
        assertThatThrownBy(() -> service.delete(key.value(), Callers.alice()))
                .as("gone for good").isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void anUploadThatNeverArrivedIsForgotten() {
        ObjectKey key = uploads.issuedTo(alices);

        service.delete(key.value(), Callers.alice());

        assertThat(ports.uploads.find(key)).isEmpty();
    }

    @Test
    void aReportsDocumentIsNotDeletedThisWay() {
        Report ready = new StoredReports(ports).ready(alices);
        String key = ready.file().orElseThrow().key();

        assertThatThrownBy(() -> service.delete(key, Callers.alice()))
                .isInstanceOf(ReportDocumentNotDeletable.class).hasMessageContaining(ready.id().toString());
        assertThat(ports.storage.get(new ObjectKey(key))).isPresent();
    }

    @Test
    void whenTheStorageIsDownTheRecordStaysSoTheDeleteCanBeRepeated() {
        ObjectKey key = uploads.uploadedTo(alices);
        ports.storage.health(StorageHealth.down("test outage"));

        assertThatThrownBy(() -> service.delete(key.value(), Callers.alice()))
                .isInstanceOf(StorageUnavailable.class);

        assertThat(ports.uploads.find(key)).isPresent();
        ports.storage.health(StorageHealth.up("back"));
        service.delete(key.value(), Callers.alice());
        assertThat(ports.storage.get(key)).isEmpty();
    }

    @Test
    void aKeyARANeverIssuedIsNotFound() {
        ObjectKey stray = ObjectKey.upload(alices.id(), ports.ids.next());
        ports.storage.put(stray, new byte[] {1}, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);

        assertThatThrownBy(() -> service.delete(stray.value(), Callers.alice())).isInstanceOf(ObjectNotFound.class);
        assertThat(ports.storage.get(stray)).isPresent();
    }

    @Test
    void anonymousCallersMustAuthenticateAndNothingIsDeleted() {
        ObjectKey key = uploads.uploadedTo(alices);

        mustAuthenticate(ports.log, () -> service.delete(key.value(), Callers.anonymous()));
        assertThat(ports.storage.get(key)).isPresent();
    }

    @Test
    void aStrangerIsToldTheObjectDoesNotExistAndNothingIsDeleted() {
        ObjectKey key = uploads.uploadedTo(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> service.delete(key.value(), Callers.bob()))
                .isInstanceOf(ObjectNotFound.class);

        assertThat(ports.storage.get(key)).isPresent();
        assertThat(ports.uploads.find(key)).isPresent();
    }

    @Test
    void anAdminAndTheGuestWithTheTokenMayDelete() {
        GuestToken token = audits.newGuestToken();
        Audit guests = audits.scoredOfGuest(token);
        ObjectKey byAdmin = uploads.uploadedTo(alices);
        ObjectKey byGuest = uploads.uploadedTo(guests);

        service.delete(byAdmin.value(), Callers.admin());
        assertThatThrownBy(() -> service.delete(byGuest.value(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(ObjectNotFound.class);
        service.delete(byGuest.value(), Callers.guest(token));

        assertThat(ports.storage.get(byAdmin)).isEmpty();
        assertThat(ports.storage.get(byGuest)).isEmpty();
    }
}
