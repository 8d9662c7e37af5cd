package ara.bootstrap.pipeline;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real storage behind a switch: while it is "down", every call fails as an unreachable S3 does
 * ({@link StorageUnavailable}); counts the puts that went through. Thread-safe.
 */
final class FlakyStorage implements ObjectStorage {
    private final ObjectStorage storage;
    private final AtomicInteger puts = new AtomicInteger();
    private volatile boolean down;

    FlakyStorage(ObjectStorage storage) {
        this.storage = storage;
    }

    void down(boolean isDown) {
        this.down = isDown;
    }

    int puts() {
        return puts.get();
    }

    private void check() {
        if (down) {
            throw new StorageUnavailable("storage is down (test)", new ConnectException("connection refused"));
        }
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        check();
        StoredObject stored = storage.put(key, content, contentType, metadata);
        puts.incrementAndGet();
        return stored;
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        check();
        return storage.get(key);
    }

    @Override
    public boolean delete(ObjectKey key) {
        check();
        return storage.delete(key);
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        return storage.presignGet(key, validity);
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        return storage.presignPut(key, contentType, contentLength, validity);
    }

    @Override
    public StorageHealth health() {
        return down ? StorageHealth.down("down (test)") : storage.health();
    }
}
