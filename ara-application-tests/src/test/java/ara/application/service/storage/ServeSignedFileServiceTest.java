package ara.application.service.storage;

import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.Links;
import ara.application.fixture.StoredUploads;
import ara.application.port.in.storage.SignedFileView;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serving the links the storage signs, over the in-memory storage's own links. No caller takes part: the link is
 * the credential, so the access rule here is the link's checks (signature, expiry, operation, type and length).
 */
class ServeSignedFileServiceTest {
    private static final Duration VALIDITY = Duration.ofMinutes(5);
    private static final ObjectKey KEY = new ObjectKey("uploads/audit/logo");
    private static final byte[] PNG = StoredUploads.png();

    private final InMemoryPorts ports = new InMemoryPorts();
    private final ServeSignedFileService service = new ServeSignedFileService(Optional.of(ports.storage));
    private final ServeSignedFileService withoutLinks = new ServeSignedFileService(Optional.empty());

    private SignedFileView.Download download(URI link) {
        return service.download(Links.key(link), Links.parameters(link));
    }

    private SignedFileView.Upload upload(URI link, String contentType, byte[] body) {
        return service.upload(Links.key(link), Links.parameters(link), contentType, body.length,
                new ByteArrayInputStream(body));
    }

    @Test
    void aDownloadLinkServesTheFileWithItsType() {
        ports.storage.put(KEY, PNG, new ContentType("image/png"), ObjectMetadata.EMPTY);

        assertThat(download(ports.storage.presignGet(KEY, VALIDITY)))
                .isEqualTo(new SignedFileView.File(PNG, "image/png"));
    }

    @Test
    void aGoodLinkToNothingIsMissing() {
        assertThat(download(ports.storage.presignGet(KEY, VALIDITY))).isEqualTo(new SignedFileView.Missing());
    }

    @Test
    void anUploadLinkStoresTheBody() {
        URI link = ports.storage.presignPut(KEY, new ContentType("image/png"), PNG.length, VALIDITY);

        assertThat(upload(link, "image/png", PNG)).isEqualTo(new SignedFileView.Stored(KEY.value(), PNG.length));
        assertThat(ports.storage.get(KEY).orElseThrow().content()).isEqualTo(PNG);
    }

    @Test
    void refusalsNameTheCheckThatFailed() {
        ports.storage.put(KEY, PNG, new ContentType("image/png"), ObjectMetadata.EMPTY);
        URI download = ports.storage.presignGet(KEY, VALIDITY);
        URI uploadLink = ports.storage.presignPut(KEY, new ContentType("image/png"), PNG.length, VALIDITY);
        Map<String, String> forged = new HashMap<>(Links.parameters(download));
        forged.put("signature", "A".repeat(43));

        assertThat(service.download(KEY.value(), forged)).isEqualTo(new SignedFileView.Refused(false,
                "bad_signature"));
        assertThat(service.download(KEY.value(), Map.of())).isEqualTo(new SignedFileView.Refused(true,
                "malformed"));
        assertThat(download(uploadLink)).isEqualTo(new SignedFileView.Refused(false, "wrong_operation"));
        assertThat(upload(uploadLink, "image/jpeg", PNG)).isEqualTo(new SignedFileView.Refused(false,
                "wrong_content_type"));
        assertThat(upload(uploadLink, "image/png", new byte[] {1})).isEqualTo(new SignedFileView.Refused(false,
                "wrong_length"));
        ports.clock.advance(VALIDITY);
        assertThat(download(download)).isEqualTo(new SignedFileView.Refused(false, "expired"));
    }

    @Test
    void withAStorageThatSignsItsOwnLinksNoLinkLeadsAnywhere() {
        URI link = ports.storage.presignGet(KEY, VALIDITY);
        ports.storage.put(KEY, PNG, new ContentType("image/png"), ObjectMetadata.EMPTY);

        assertThat(withoutLinks.download(Links.key(link), Links.parameters(link)))
                .isEqualTo(new SignedFileView.Missing());
        assertThat(withoutLinks.upload(KEY.value(), Map.of(), "image/png", 1, new ByteArrayInputStream(new byte[1])))
                .isEqualTo(new SignedFileView.Refused(true, "no_such_link"));
    }
}
