package ara.contract;

import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The behaviour every {@link ObjectStorage} must have: objects round-trip with their type and metadata, size and
 * SHA-256 right, missing keys are empty, deletes are idempotent, and the links it hands out work over real HTTP
 * ({@link HttpClient}): a download link returns the bytes, an upload link stores exactly the signed type and length
 * and nothing else, links expire, and a tampered link is refused with 403. Every test uses keys of its own.
 */
public abstract class ObjectStorageContract {
    private static final Duration LINK = Duration.ofMinutes(5);
    private static final ContentType PNG = new ContentType("image/png");
    private static final Pattern SIGNATURE = Pattern.compile("(?i)((?:^|[?&])(?:x-amz-signature|signature)=)(.)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The storage under test, empty or holding only other tests' keys. */
    protected abstract ObjectStorage storage();

    private static ObjectKey key(String name) {
        return new ObjectKey("contract/" + UUID.randomUUID() + "/" + name);
    }

    @Test
    void storesAndReadsBackContentTypeAndMetadata() {
        ObjectKey key = key("report.pdf");
        byte[] pdf = "%PDF-1.7 a report".getBytes(StandardCharsets.US_ASCII);
        ObjectMetadata metadata = ObjectMetadata.of(Map.of("audit-id", "a1", "report-id", "r1",
                "template", "standard"));

        StoredObject stored = storage().put(key, pdf, ContentType.PDF, metadata);

        assertThat(stored).isEqualTo(new StoredObject(key, pdf.length, sha256(pdf), ContentType.PDF));
        StoredContent read = storage().get(key).orElseThrow();
        assertThat(read.content()).isEqualTo(pdf);
        assertThat(read.contentType()).isEqualTo(ContentType.PDF);
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.sha256()).isEqualTo(stored.sha256());
    }

    @Test
    void aMissingKeyIsEmpty() {
        assertThat(storage().get(key("never-stored"))).isEmpty();
    }

    @Test
    void deleteRemovesTheObjectAndSaysWhetherOneWasThere() {
        ObjectKey key = key("to-delete");
        ObjectKey neighbour = key("neighbour");
        storage().put(key, new byte[] {1}, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);
        storage().put(neighbour, new byte[] {2}, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY);

        assertThat(storage().delete(key)).isTrue();
        assertThat(storage().get(key)).isEmpty();
        assertThat(storage().delete(key)).isFalse();
        assertThat(storage().delete(key("never-stored"))).isFalse();
        assertThat(storage().get(neighbour).map(StoredContent::content)).contains(new byte[] {2});
    }

    @Test
    void aSecondPutReplacesContentTypeAndMetadata() {
        ObjectKey key = key("overwritten");
        storage().put(key, "first".getBytes(StandardCharsets.US_ASCII), ContentType.PDF,
                ObjectMetadata.of(Map.of("version", "1", "only-first", "x")));

        byte[] second = "second, longer".getBytes(StandardCharsets.US_ASCII);
        StoredObject stored = storage().put(key, second, PNG, ObjectMetadata.of(Map.of("version", "2")));

        assertThat(stored.size()).isEqualTo(second.length);
        assertThat(storage().get(key)).contains(new StoredContent(second, PNG, ObjectMetadata.of(Map.of("version",
                "2"))));
    }

    @Test
    void keepsEveryByteValueAndEmptyObjects() {
        byte[] all = new byte[256 * 4];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        ObjectKey binary = key("binary");
        ObjectKey empty = key("empty");

        assertThat(storage().put(binary, all, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY).sha256())
                .isEqualTo(sha256(all));
        assertThat(storage().put(empty, new byte[0], ContentType.OCTET_STREAM, ObjectMetadata.EMPTY))
                .isEqualTo(new StoredObject(empty, 0, sha256(new byte[0]), ContentType.OCTET_STREAM));

        assertThat(storage().get(binary).orElseThrow().content()).isEqualTo(all);
        assertThat(storage().get(empty).orElseThrow().content()).isEmpty();
    }

    @Test
    void keepsAMegabyteIntact() {
        byte[] random = new byte[1 << 20];
        new Random(42).nextBytes(random);
        ObjectKey key = key("large.bin");

        assertThat(storage().put(key, random, ContentType.OCTET_STREAM, ObjectMetadata.EMPTY).size())
                .isEqualTo(1 << 20);
        assertThat(storage().get(key).orElseThrow().sha256()).isEqualTo(sha256(random));
    }

    @Test
    void aDownloadLinkServesTheBytesOverHttp() {
        ObjectKey key = key("linked.pdf");
        byte[] pdf = "%PDF-1.7 linked".getBytes(StandardCharsets.US_ASCII);
        storage().put(key, pdf, ContentType.PDF, ObjectMetadata.EMPTY);

        HttpResponse<byte[]> response = get(storage().presignGet(key, LINK));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
    }

    @Test
    void aNamedDownloadLinkServesTheFileAsAnAttachmentUnderItsName() {
        ObjectKey key = key("named.pdf");
        byte[] pdf = "%PDF-1.7 named".getBytes(StandardCharsets.US_ASCII);
        storage().put(key, pdf, ContentType.PDF, ObjectMetadata.EMPTY);
        Attachment saveAs = new Attachment("Café Müller-executive-2026-12-07.pdf",
                "cafe-muller-executive-2026-12-07.pdf");

        HttpResponse<byte[]> response = get(storage().presignGet(key, LINK, saveAs));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; "
                + "filename=\"cafe-muller-executive-2026-12-07.pdf\"; "
                + "filename*=UTF-8''Caf%C3%A9%20M%C3%BCller-executive-2026-12-07.pdf");
        assertThat(get(storage().presignGet(key, LINK)).headers().firstValue("Content-Disposition"))
                .as("an unnamed link shows the file in place").isEmpty();
    }

    @Test
    void aNamedDownloadLinkWhoseNameWasChangedIsForbidden() {
        ObjectKey key = key("renamed.pdf");
        storage().put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        URI link = storage().presignGet(key, LINK, new Attachment("acme-standard-2026-12-07.pdf",
                "acme-standard-2026-12-07.pdf"));
        Matcher name = Pattern.compile("(?i)(response-content-disposition|name)=[^&]*acme").matcher(link.toString());
        assertThat(name.find()).as("the name is in the link: " + link).isTrue();

        URI renamed = URI.create(link.toString().replace("acme", "evil"));

        assertThat(get(renamed).statusCode()).isEqualTo(403);
        assertThat(get(link).statusCode()).isEqualTo(200);
    }

    @Test
    void aDownloadLinkToAMissingObjectIsNotFound() {
        assertThat(get(storage().presignGet(key("missing"), LINK)).statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadLinkStoresWhatTheClientPuts() {
        ObjectKey key = key("logo.png");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 1, 2};

        URI link = storage().presignPut(key, PNG, png.length, LINK);
        HttpResponse<byte[]> response = put(link, "image/png", png);

        assertThat(response.statusCode()).isEqualTo(200);
        StoredContent stored = storage().get(key).orElseThrow();
        assertThat(stored.content()).isEqualTo(png);
        assertThat(stored.contentType()).isEqualTo(PNG);
        assertThat(stored.metadata()).isEqualTo(ObjectMetadata.EMPTY);
    }

    @Test
    void anUploadLinkRefusesAnotherContentType() {
        ObjectKey key = key("logo.png");
        byte[] bytes = {1, 2, 3};
        URI link = storage().presignPut(key, PNG, bytes.length, LINK);

        assertThat(put(link, "text/html", bytes).statusCode()).isEqualTo(403);
        assertThat(storage().get(key)).isEmpty();
    }

    @Test
    void anUploadLinkRefusesAnotherLength() {
        ObjectKey key = key("logo.png");
        URI link = storage().presignPut(key, PNG, 3, LINK);

        assertThat(put(link, "image/png", new byte[] {1, 2, 3, 4}).statusCode()).isEqualTo(403);
        assertThat(put(link, "image/png", new byte[] {1, 2}).statusCode()).isEqualTo(403);
        assertThat(storage().get(key)).isEmpty();
    }

    @Test
    void linksServeOnlyTheirOperation() {
        ObjectKey key = key("report.pdf");
        storage().put(key, new byte[] {7}, ContentType.PDF, ObjectMetadata.EMPTY);

        assertThat(get(storage().presignPut(key, ContentType.PDF, 1, LINK)).statusCode()).isEqualTo(403);
        assertThat(put(storage().presignGet(key, LINK), "application/pdf", new byte[] {8}).statusCode())
                .isEqualTo(403);
        assertThat(storage().get(key).orElseThrow().content()).containsExactly(7);
    }

    @Test
    void aTamperedLinkIsForbidden() {
        ObjectKey key = key("report.pdf");
        ObjectKey other = key("other.pdf");
        storage().put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        storage().put(other, new byte[] {2}, ContentType.PDF, ObjectMetadata.EMPTY);
        URI link = storage().presignGet(key, LINK);

        URI badSignature = tamperedSignature(link);
        URI otherKey = URI.create(link.toString().replace(key.value(), other.value()));

        assertThat(badSignature).isNotEqualTo(link);
        assertThat(get(badSignature).statusCode()).isEqualTo(403);
        assertThat(get(otherKey).statusCode()).isEqualTo(403);
        assertThat(get(link).statusCode()).isEqualTo(200);
    }

    @Test
    void aLinkStopsWorkingWhenItsValidityHasPassed() throws InterruptedException {
        ObjectKey key = key("short-lived.pdf");
        storage().put(key, new byte[] {1}, ContentType.PDF, ObjectMetadata.EMPTY);
        // The upload link first: it then expires no later than the download link polled below.
        URI shortUpload = storage().presignPut(key("short-lived-upload"), PNG, 1, Duration.ofSeconds(1));
        URI shortLived = storage().presignGet(key, Duration.ofSeconds(1));

        int status = get(shortLived).statusCode();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (status != 403 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = get(shortLived).statusCode();
        }

        assertThat(status).as("a 1 s download link, polled for up to 15 s").isEqualTo(403);
        assertThat(put(shortUpload, "image/png", new byte[] {1}).statusCode()).isEqualTo(403);
        assertThat(get(storage().presignGet(key, LINK)).statusCode()).isEqualTo(200);
    }

    @Test
    void linkValidityIsOneSecondToSevenDays() {
        ObjectKey key = key("any");
        assertThatThrownBy(() -> storage().presignGet(key, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().presignGet(key, ObjectStorage.MAX_LINK_VALIDITY.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage().presignPut(key, PNG, -1, LINK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storage().presignGet(key, ObjectStorage.MAX_LINK_VALIDITY)).isNotNull();
    }

    @Test
    void isHealthy() {
        assertThat(storage().health().up()).as(storage().health().detail()).isTrue();
    }

    /** The link with the first character of its signature changed to another valid one. */
    protected static URI tamperedSignature(URI link) {
        Matcher matcher = SIGNATURE.matcher(link.getRawQuery());
        assertThat(matcher.find()).as("a signature parameter in %s", link).isTrue();
        String replacement = matcher.group(2).equals("a") ? "b" : "a";
        String query = matcher.replaceFirst("$1" + replacement);
        return URI.create(link.toString().substring(0, link.toString().indexOf('?') + 1) + query);
    }

    /** The lower-case hex SHA-256 of {@code bytes}, computed here rather than by the port's helper. */
    protected static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The status of a GET of {@code link} (for subclasses: it keeps java.net.http out of their module). */
    protected final int statusOfGet(URI link) {
        return get(link).statusCode();
    }

    private HttpResponse<byte[]> get(URI link) {
        return send(HttpRequest.newBuilder(link).GET());
    }

    private HttpResponse<byte[]> put(URI link, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(link).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        try {
            try {
                return http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException staleConnection) {
                // A server that refuses a request before reading its body (a wrong length, a bad signature) may close
                // the connection; the client can then pick that closed connection from its pool for the next request
                // and get no bytes at all. Every request here is idempotent (GET, PUT, DELETE of one key): one retry on
                // a fresh connection is what any HTTP client does, and a second failure is a real one.
                return http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
