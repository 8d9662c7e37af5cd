package ara.application.service.storage;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.Links;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.storage.ObjectLinkView;
import ara.application.port.in.storage.ObjectNotFound;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetObjectLinkServiceTest {
    private static final Duration VALIDITY = Duration.ofHours(1);
    private static final byte[] PNG = StoredUploads.png();

    private final InMemoryPorts ports = new InMemoryPorts();
    private final StoredAudits audits = new StoredAudits(ports);
    private final GetObjectLinkService service = new GetObjectLinkService(ports.audits, ports.reports,
            ports.uploads, ports.storage, VALIDITY, ports.log, ports.clock);
    private final StoredUploads uploads = new StoredUploads(ports);
    private final Audit alices = audits.scoredOf(Callers.alice());

    private DownloadOutcome follow(ObjectLinkView link) {
        return ports.storage.download(Links.key(link.url()), Links.parameters(link.url()));
    }

    @Test
    void anUploadsLinkDownloadsIt() {
        ObjectKey key = uploads.uploadedTo(alices);

        ObjectLinkView link = service.link(key.value(), Callers.alice());

        assertThat(link.key()).isEqualTo(key.value());
        assertThat(link.expiresAt()).isEqualTo(InMemoryPorts.START.plus(VALIDITY));
        assertThat(follow(link)).isInstanceOfSatisfying(DownloadOutcome.Found.class,
                found -> assertThat(found.content().content()).isEqualTo(PNG));
    }

    @Test
    void aReportsDocumentHasALinkToo() {
        Report ready = new StoredReports(ports).ready(alices);

        ObjectLinkView link = service.link(ready.file().orElseThrow().key(), Callers.alice());

        assertThat(follow(link)).isInstanceOfSatisfying(DownloadOutcome.Found.class,
                found -> assertThat(found.content().content()).isEqualTo(StoredReports.document(ready)));
    }

    @Test
    void anObjectARANeverIssuedHasNoLinkThoughItIsStored() {
        ObjectKey stray = ObjectKey.upload(alices.id(), ports.ids.next());
        ports.storage.put(stray, PNG, new ContentType("image/png"), ObjectMetadata.EMPTY);

        assertThatThrownBy(() -> service.link(stray.value(), Callers.alice())).isInstanceOf(ObjectNotFound.class);
        assertThatThrownBy(() -> service.link("not a key", Callers.alice())).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void theValidityIsOneSecondToSevenDays() {
        assertThatThrownBy(() -> new GetObjectLinkService(ports.audits, ports.reports, ports.uploads, ports.storage,
                Duration.ofMillis(500), ports.log, ports.clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GetObjectLinkService(ports.audits, ports.reports, ports.uploads, ports.storage,
                Duration.ofDays(8), ports.log, ports.clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anonymousCallersMustAuthenticate() {
        ObjectKey key = uploads.uploadedTo(alices);

        mustAuthenticate(ports.log, () -> service.link(key.value(), Callers.anonymous()));
    }

    @Test
    void aStrangerIsToldTheObjectDoesNotExistAndTheAttemptIsLogged() {
        ObjectKey key = uploads.uploadedTo(alices);

        deniedAndLogged(ports.log, "user:bob", alices.id(), () -> service.link(key.value(), Callers.bob()))
                .isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void anAdminAndTheGuestWithTheTokenGetALink() {
        GuestToken token = audits.newGuestToken();
        ObjectKey guests = uploads.uploadedTo(audits.scoredOfGuest(token));

        assertThat(follow(service.link(guests.value(), Callers.admin()))).isInstanceOf(DownloadOutcome.Found.class);
        assertThat(follow(service.link(guests.value(), Callers.guest(token))))
                .isInstanceOf(DownloadOutcome.Found.class);
        assertThatThrownBy(() -> service.link(guests.value(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(ObjectNotFound.class);
    }
}
