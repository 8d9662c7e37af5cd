package ara.adapter.web;

import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test double of the object storage (whose real adapters are S3/R2 and a local directory): objects in a map, links
 * under {@value #BASE} that tests can recognise, and a health a test can set. It also serves the links ARA signs
 * itself, knowing one good signature, {@code signature=good}: any other is refused, and a link without one is
 * malformed; {@code name} and {@code fn} parameters name the download. Thread-safe.
 */
final class TestObjectStorage implements ObjectStorage, SignedLinks {
    static final String BASE = "https://storage.example/";

    private final Map<ObjectKey, StoredContent> objects = new ConcurrentHashMap<>();
    /** Where the links point once {@link #leadToAra()} was called: a public URL unlike the test server's. */
    static final String ARA_PUBLIC_URL = "https://ara-public.example";

    private volatile StorageHealth health = StorageHealth.up("bucket ara-test answers");
    private volatile boolean leadsToAra;

    /** From now on download links lead to ARA (as the local storage's, with a good signature) instead of a bucket. */
    void leadToAra() {
        this.leadsToAra = true;
    }

    @Override
    public boolean linksLeadToAra() {
        return leadsToAra;
    }

    /** Makes the health check say this from now on. */
    void health(StorageHealth health) {
        this.health = health;
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        objects.put(key, new StoredContent(content, contentType, metadata));
        return StoredObject.of(key, content, contentType);
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        return Optional.ofNullable(objects.get(key));
    }

    @Override
    public boolean delete(ObjectKey key) {
        return objects.remove(key) != null;
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        if (leadsToAra) {
            return URI.create(ARA_PUBLIC_URL + SignedLinks.PATH + key.value() + "?signature=good&expires="
                    + ObjectStorage.validitySeconds(validity));
        }
        return URI.create(BASE + key.value() + "?signature=get&expires=" + ObjectStorage.validitySeconds(validity));
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity, Attachment attachment) {
        return URI.create(presignGet(key, validity) + "&fn=" + URLEncoder.encode(attachment.asciiFileName(),
                StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(attachment.fileName(), StandardCharsets.UTF_8));
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        return URI.create(BASE + key.value() + "?signature=put&length=" + ObjectStorage.checkedContentLength(
                contentLength) + "&expires=" + ObjectStorage.validitySeconds(validity));
    }

    @Override
    public StorageHealth health() {
        return health;
    }

    @Override
    public DownloadOutcome download(String key, Map<String, String> parameters) {
        Optional<LinkRefused> refused = refused(key, parameters);
        if (refused.isPresent()) {
            return refused.get();
        }
        // A link naming the file (name and its ASCII form fn, as the local storage's) is saved as an attachment.
        Attachment saveAs = parameters.containsKey("name")
                ? new Attachment(parameters.get("name"), parameters.get("fn")) : null;
        return get(new ObjectKey(key)).<DownloadOutcome>map(content -> new DownloadOutcome.Found(content, saveAs))
                .orElseGet(DownloadOutcome.Missing::new);
    }

    @Override
    public UploadOutcome upload(String key, Map<String, String> parameters, String contentType, long contentLength,
                                InputStream body) {
        Optional<LinkRefused> refused = refused(key, parameters);
        if (refused.isPresent()) {
            return refused.get();
        }
        try {
            byte[] content = body.readAllBytes();
            if (content.length != contentLength) {
                return new LinkRefused(LinkRefusal.WRONG_LENGTH);
            }
            return new UploadOutcome.Stored(put(new ObjectKey(key), content, new ContentType(contentType),
                    ObjectMetadata.EMPTY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<LinkRefused> refused(String key, Map<String, String> parameters) {
        String signature = parameters.get("signature");
        if (signature == null) {
            return Optional.of(new LinkRefused(LinkRefusal.MALFORMED));
        }
        try {
            new ObjectKey(key);
        } catch (IllegalArgumentException e) {
            return Optional.of(new LinkRefused(LinkRefusal.MALFORMED));
        }
        return signature.equals("good") ? Optional.empty() : Optional.of(new LinkRefused(LinkRefusal.BAD_SIGNATURE));
    }
}
