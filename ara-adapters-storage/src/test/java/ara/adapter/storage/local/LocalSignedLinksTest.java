package ara.adapter.storage.local;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;
import ara.application.port.out.storage.SignedLinks.LinkRefused;
import ara.application.port.out.storage.SignedLinks.UploadOutcome;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;
import ara.contract.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local links' checks one by one, on a clock the test moves. */
class LocalSignedLinksTest {
    private static final URI PUBLIC_URL = URI.create("https://ara.example.com/");
    private static final ObjectKey KEY = new ObjectKey("reports/a/r.pdf");
    private static final ContentType PNG = new ContentType("image/png");
    private static final byte[] BODY = {1, 2, 3, 4, 5};

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final Path root = LocalObjectStorageTest.tempDirectory();
    private final LocalObjectStorage storage = new LocalObjectStorage(
            new LocalStorageSettings(root, PUBLIC_URL, LocalObjectStorageTest.secret()), clock);

    @AfterEach
    void removeDirectory() {
        LocalObjectStorageTest.deleteTree(root);
    }

    @Test
    void linksPointAtTheFilesRouteAndCarryTheSignedFields() {
        URI get = storage.presignGet(KEY, Duration.ofMinutes(1));
        URI put = storage.presignPut(KEY, new ContentType("text/plain; charset=utf-8"), 5, Duration.ofMinutes(1));

        assertThat(get.toString()).startsWith("https://ara.example.com/api/v1/files/reports/a/r.pdf?method=GET"
                + "&expires=" + (clock.instant().getEpochSecond() + 60) + "&signature=");
        assertThat(parameters(put)).containsEntry("method", "PUT").containsEntry("ct", "text/plain; charset=utf-8")
                .containsEntry("length", "5").containsKey("signature");
    }

    @Test
    void aDownloadLinkWorksUntilItsExpiryAndNotAfter() {
        storage.put(KEY, BODY, ContentType.PDF, ObjectMetadata.EMPTY);
        Map<String, String> link = parameters(storage.presignGet(KEY, Duration.ofSeconds(60)));

        clock.advance(Duration.ofSeconds(59));
        assertThat(storage.download(KEY.value(), link)).isEqualTo(new DownloadOutcome.Found(
                new StoredContent(BODY, ContentType.PDF, ObjectMetadata.EMPTY)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(storage.download(KEY.value(), link)).isEqualTo(refused(LinkRefusal.EXPIRED));
    }

    @Test
    void aGoodLinkToNothingIsMissing() {
        assertThat(storage.download(KEY.value(), parameters(storage.presignGet(KEY, Duration.ofMinutes(1)))))
                .isEqualTo(new DownloadOutcome.Missing());
    }

    @Test
    void theSignatureCoversEveryField() {
        Map<String, String> put = parameters(storage.presignPut(KEY, PNG, BODY.length, Duration.ofMinutes(1)));

        assertThat(upload(KEY.value(), with(put, "expires", String.valueOf(Long.parseLong(put.get("expires")) + 1)),
                "image/png", BODY)).isEqualTo(refused(LinkRefusal.BAD_SIGNATURE));
        assertThat(upload(KEY.value(), with(put, "ct", "image/jpeg"), "image/jpeg", BODY))
                .isEqualTo(refused(LinkRefusal.BAD_SIGNATURE));
        assertThat(upload(KEY.value(), with(put, "length", "6"), "image/png", new byte[6]))
                .isEqualTo(refused(LinkRefusal.BAD_SIGNATURE));
        assertThat(upload("reports/a/other.pdf", put, "image/png", BODY)).isEqualTo(refused(LinkRefusal.BAD_SIGNATURE));
        assertThat(storage.download(KEY.value(), with(put, "method", "GET")))
                .isEqualTo(refused(LinkRefusal.BAD_SIGNATURE));
        assertThat(storage.get(KEY)).isEmpty();
    }

    @Test
    void anExpiredLinkThatWasTamperedWithIsABadSignatureNotExpired() {
        Map<String, String> get = parameters(storage.presignGet(KEY, Duration.ofSeconds(1)));
        clock.advance(Duration.ofMinutes(5));

        assertThat(storage.download(KEY.value(), with(get, "signature", "A" + get.get("signature").substring(1))))
                .isEqualTo(refused(LinkRefusal.BAD_SIGNATURE));
        assertThat(storage.download(KEY.value(), get)).isEqualTo(refused(LinkRefusal.EXPIRED));
    }

    @Test
    void unreadableLinksAreMalformed() {
        Map<String, String> get = parameters(storage.presignGet(KEY, Duration.ofMinutes(1)));
        Map<String, String> put = parameters(storage.presignPut(KEY, PNG, 1, Duration.ofMinutes(1)));

        assertThat(storage.download(KEY.value(), without(get, "signature"))).isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(storage.download(KEY.value(), without(get, "expires"))).isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(storage.download(KEY.value(), with(get, "expires", "soon"))).isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(storage.download(KEY.value(), with(get, "method", "DELETE")))
                .isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(storage.download(KEY.value(), with(get, "signature", "not base64!")))
                .isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(storage.download("../../etc/passwd", get)).isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(storage.download(null, get)).isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(upload(KEY.value(), without(put, "ct"), "image/png", new byte[1]))
                .isEqualTo(refused(LinkRefusal.MALFORMED));
        assertThat(upload(KEY.value(), with(put, "length", "-1"), "image/png", new byte[1]))
                .isEqualTo(refused(LinkRefusal.MALFORMED));
    }

    @Test
    void linksServeOnlyTheirOperation() {
        Map<String, String> get = parameters(storage.presignGet(KEY, Duration.ofMinutes(1)));
        Map<String, String> put = parameters(storage.presignPut(KEY, PNG, BODY.length, Duration.ofMinutes(1)));

        assertThat(storage.download(KEY.value(), put)).isEqualTo(refused(LinkRefusal.WRONG_OPERATION));
        assertThat(upload(KEY.value(), get, "image/png", BODY)).isEqualTo(refused(LinkRefusal.WRONG_OPERATION));
    }

    @Test
    void anUploadStoresExactlyTheSignedTypeAndLength() {
        Map<String, String> put = parameters(storage.presignPut(KEY, PNG, BODY.length, Duration.ofMinutes(1)));

        assertThat(upload(KEY.value(), put, "image/PNG", BODY)).isEqualTo(refused(LinkRefusal.WRONG_CONTENT_TYPE));
        assertThat(upload(KEY.value(), put, null, BODY)).isEqualTo(refused(LinkRefusal.WRONG_CONTENT_TYPE));
        assertThat(storage.upload(KEY.value(), put, "image/png", -1, new ByteArrayInputStream(BODY)))
                .isEqualTo(refused(LinkRefusal.WRONG_LENGTH));
        // The declared length matches but the body runs longer, or ends early: nothing is stored.
        assertThat(storage.upload(KEY.value(), put, "image/png", BODY.length, new ByteArrayInputStream(new byte[6])))
                .isEqualTo(refused(LinkRefusal.WRONG_LENGTH));
        assertThat(storage.upload(KEY.value(), put, "image/png", BODY.length, new ByteArrayInputStream(new byte[4])))
                .isEqualTo(refused(LinkRefusal.WRONG_LENGTH));
        assertThat(storage.upload(KEY.value(), put, "image/png", BODY.length, new BrokenStream()))
                .isEqualTo(refused(LinkRefusal.WRONG_LENGTH));
        assertThat(storage.get(KEY)).isEmpty();

        UploadOutcome stored = upload(KEY.value(), put, "image/png", BODY);

        assertThat(stored).isEqualTo(new UploadOutcome.Stored(new StoredObject(KEY, BODY.length,
                StoredContent.sha256Hex(BODY), PNG)));
        assertThat(storage.get(KEY)).contains(new StoredContent(BODY, PNG, ObjectMetadata.EMPTY));
    }

    @Test
    void anEmptyUploadIsAnObjectToo() {
        Map<String, String> put = parameters(storage.presignPut(KEY, PNG, 0, Duration.ofMinutes(1)));

        assertThat(upload(KEY.value(), put, "image/png", new byte[0])).isInstanceOf(UploadOutcome.Stored.class);
        assertThat(storage.get(KEY).orElseThrow().size()).isZero();
    }

    private UploadOutcome upload(String key, Map<String, String> parameters, String contentType, byte[] body) {
        return storage.upload(key, parameters, contentType, body.length, new ByteArrayInputStream(body));
    }

    private static LinkRefused refused(LinkRefusal reason) {
        return new LinkRefused(reason);
    }

    private static Map<String, String> parameters(URI link) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static Map<String, String> with(Map<String, String> parameters, String name, String value) {
        Map<String, String> copy = new HashMap<>(parameters);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, String> without(Map<String, String> parameters, String name) {
        Map<String, String> copy = new HashMap<>(parameters);
        copy.remove(name);
        return copy;
    }

    /** A body whose client went away after two bytes. */
    private static final class BrokenStream extends InputStream {
        private int served;

        @Override
        public int read() throws IOException {
            if (served++ < 2) {
                return 7;
            }
            throw new IOException("connection reset");
        }
    }
}
