package ara.bootstrap;

import ara.adapter.storage.local.LocalObjectStorage;
import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.Attachment;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.SignedLinks;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The local storage when its links must point at a port chosen only when the server binds ({@code ARA_PORT=0}
 * without {@code ARA_PUBLIC_URL}): the use cases get this stand-in, and the composition root hands it the real
 * storage right after the server listens, before any request or worker can use it. Thread-safe.
 */
final class DeferredLocalStorage implements ObjectStorage, SignedLinks {
    private volatile LocalObjectStorage storage;

    void bind(LocalObjectStorage local) {
        this.storage = Objects.requireNonNull(local, "local");
    }

    private LocalObjectStorage storage() {
        LocalObjectStorage bound = storage;
        if (bound == null) {
            throw new IllegalStateException("the local storage is used before the server listens");
        }
        return bound;
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        return storage().put(key, content, contentType, metadata);
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        return storage().get(key);
    }

    @Override
    public boolean delete(ObjectKey key) {
        return storage().delete(key);
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        return storage().presignGet(key, validity);
    }

    @Override
    public boolean linksLeadToAra() {
        return true;
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity, Attachment attachment) {
        return storage().presignGet(key, validity, attachment);
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        return storage().presignPut(key, contentType, contentLength, validity);
    }

    @Override
    public StorageHealth health() {
        LocalObjectStorage bound = storage;
        return bound == null ? StorageHealth.down("the local storage is not bound yet") : bound.health();
    }

    @Override
    public DownloadOutcome download(String key, Map<String, String> parameters) {
        return storage().download(key, parameters);
    }

    @Override
    public UploadOutcome upload(String key, Map<String, String> parameters, String contentType, long contentLength,
                                InputStream body) {
        return storage().upload(key, parameters, contentType, contentLength, body);
    }
}
