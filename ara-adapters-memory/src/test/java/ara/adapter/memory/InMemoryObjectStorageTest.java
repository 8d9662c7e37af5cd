package ara.adapter.memory;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.application.port.out.storage.SignedLinks.LinkRefusal;
import ara.application.port.out.storage.SignedLinks.LinkRefused;
import ara.application.port.out.storage.SignedLinks.UploadOutcome;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.contract.MovableClock;
import ara.contract.ObjectStorageContract;
import ara.contract.SignedLinkServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-memory storage against the contract, its links served over HTTP by the testkit's stand-in for ARA's web
 * route (as the local directory's are); every contract case applies. Then what only this adapter has: links of
 * another instance, the settable health, expiry on a moved clock, and the bound on the grants it remembers.
 */
class InMemoryObjectStorageTest extends ObjectStorageContract {
    private static final SignedLinkServer SERVER = SignedLinkServer.start();
    private static final InMemoryObjectStorage STORAGE = new InMemoryObjectStorage(SERVER.publicUrl(),
            Clock.systemUTC());

    static {
        SERVER.serve(STORAGE);
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Override
    protected ObjectStorage storage() {
        return STORAGE;
    }

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryObjectStorage own = new InMemoryObjectStorage(URI.create("https://ara.example/"), clock);

    @Test
    void linksPointUnderThePublicUrlAtTheSignedLinksPath() {
        URI link = own.presignGet(new ObjectKey("reports/a/b.pdf"), Duration.ofMinutes(1));

        assertThat(link.toString()).startsWith("https://ara.example/api/v1/files/reports/a/b.pdf?method=GET&expires="
                + clock.instant().plusSeconds(60).getEpochSecond() + "&signature=");
    }

    @Test
    void linksOfAnotherInstanceAreRefused() {
        ObjectKey key = new ObjectKey("memory/other-instance");
        own.put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        InMemoryObjectStorage other = new InMemoryObjectStorage(URI.create("https://ara.example"), clock);

        URI foreign = other.presignGet(key, Duration.ofMinutes(1));

        assertThat(own.download(key.value(), parameters(foreign)))
                .isEqualTo(new LinkRefused(LinkRefusal.BAD_SIGNATURE));
        assertThat(own.download(key.value(), parameters(own.presignGet(key, Duration.ofMinutes(1)))))
                .isInstanceOf(DownloadOutcome.Found.class);
    }

    @Test
    void aLinkExpiresWhenTheClockPassesItsValidity() {
        ObjectKey key = new ObjectKey("memory/expiring");
        own.put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        Map<String, String> link = parameters(own.presignGet(key, Duration.ofSeconds(30)));

        clock.advance(Duration.ofSeconds(29));
        assertThat(own.download(key.value(), link)).isInstanceOf(DownloadOutcome.Found.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(own.download(key.value(), link)).isEqualTo(new LinkRefused(LinkRefusal.EXPIRED));
        assertThat(own.download(key.value(), link)).as("its grant is forgotten once found expired")
                .isEqualTo(new LinkRefused(LinkRefusal.BAD_SIGNATURE));
    }

    @Test
    void atTheBoundExpiredGrantsGoFirstThenTheOneThatExpiresFirst() {
        ObjectKey key = new ObjectKey("memory/bounded");
        own.put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        Map<String, String> expired = parameters(own.presignGet(key, Duration.ofSeconds(1)));
        Map<String, String> soonest = parameters(own.presignGet(key, Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(1));
        for (int i = 2; i < InMemoryObjectStorage.MAX_GRANTS; i++) {
            own.presignGet(key, Duration.ofMinutes(5));
        }
        Map<String, String> atTheBound = parameters(own.presignGet(key, Duration.ofMinutes(5)));
        Map<String, String> overTheBound = parameters(own.presignGet(key, Duration.ofMinutes(5)));

        assertThat(own.download(key.value(), expired)).isEqualTo(new LinkRefused(LinkRefusal.BAD_SIGNATURE));
        assertThat(own.download(key.value(), soonest)).isEqualTo(new LinkRefused(LinkRefusal.BAD_SIGNATURE));
        assertThat(own.download(key.value(), atTheBound)).isInstanceOf(DownloadOutcome.Found.class);
        assertThat(own.download(key.value(), overTheBound)).isInstanceOf(DownloadOutcome.Found.class);
    }

    @Test
    void malformedLinksAndKeysAreRefusedAsMalformed() {
        ObjectKey key = new ObjectKey("memory/malformed");
        Map<String, String> link = parameters(own.presignGet(key, Duration.ofMinutes(1)));
        Map<String, String> noExpiry = new HashMap<>(link);
        noExpiry.remove("expires");

        assertThat(own.download("../escape", link)).isEqualTo(new LinkRefused(LinkRefusal.MALFORMED));
        assertThat(own.download(key.value(), noExpiry)).isEqualTo(new LinkRefused(LinkRefusal.MALFORMED));
        assertThat(own.download(key.value(), Map.of())).isEqualTo(new LinkRefused(LinkRefusal.MALFORMED));
    }

    @Test
    void anUploadStoresExactlyTheSignedLengthAndType() {
        ObjectKey key = new ObjectKey("memory/upload");
        Map<String, String> link = parameters(own.presignPut(key, ContentType.PDF, 3, Duration.ofMinutes(1)));

        assertThat(own.upload(key.value(), link, "application/pdf", 3, body(1, 2, 3, 4)))
                .isEqualTo(new LinkRefused(LinkRefusal.WRONG_LENGTH));
        assertThat(own.upload(key.value(), link, "application/pdf", 3, body(1, 2)))
                .isEqualTo(new LinkRefused(LinkRefusal.WRONG_LENGTH));
        assertThat(own.upload(key.value(), link, "image/png", 3, body(1, 2, 3)))
                .isEqualTo(new LinkRefused(LinkRefusal.WRONG_CONTENT_TYPE));
        assertThat(own.get(key)).isEmpty();

        UploadOutcome stored = own.upload(key.value(), link, "application/pdf", 3, body(1, 2, 3));

        assertThat(stored).isInstanceOfSatisfying(UploadOutcome.Stored.class,
                s -> assertThat(s.object().size()).isEqualTo(3));
        assertThat(own.get(key).orElseThrow().content()).containsExactly(1, 2, 3);
    }

    @Test
    void whileDownItSaysSoAndActsUnreachableButStillSignsLinks() {
        ObjectKey key = new ObjectKey("memory/down");
        own.put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);

        own.health(StorageHealth.down("switched off by the test"));

        assertThat(own.health()).isEqualTo(StorageHealth.down("switched off by the test"));
        assertThatThrownBy(() -> own.get(key)).isInstanceOf(StorageUnavailable.class)
                .hasMessageContaining("switched off by the test");
        assertThatThrownBy(() -> own.put(key, new byte[] {2}, ContentType.PDF, ObjectMetadata.EMPTY))
                .isInstanceOf(StorageUnavailable.class);
        assertThatThrownBy(() -> own.delete(key)).isInstanceOf(StorageUnavailable.class);
        URI link = own.presignGet(key, Duration.ofMinutes(1));

        own.health(StorageHealth.up("back"));

        assertThat(own.health().up()).isTrue();
        assertThat(own.download(key.value(), parameters(link))).isInstanceOfSatisfying(DownloadOutcome.Found.class,
                found -> assertThat(found.content().content()).containsExactly(1));
    }

    private static ByteArrayInputStream body(int... bytes) {
        byte[] content = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            content[i] = (byte) bytes[i];
        }
        return new ByteArrayInputStream(content);
    }

    /** The query parameters of a link, decoded as the web route decodes them. */
    static Map<String, String> parameters(URI link) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
