package ara.application.service.admin;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectMetadata;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.StorageHealth;
import ara.application.port.out.storage.StorageUnavailable;
import ara.application.port.out.storage.StoredContent;
import ara.application.port.out.storage.StoredObject;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decorator of a storage for the clean-up tests: remembers the keys it was asked to delete, in order, and refuses to
 * delete the keys it was told to fail on with {@link StorageUnavailable}; everything else is the storage's own
 * doing. Thread-safe if the storage is.
 */
final class RecordingObjectStorage implements ObjectStorage {
    private final ObjectStorage storage;
    private final List<ObjectKey> deleted = new ArrayList<>();
    private final Set<ObjectKey> failing = ConcurrentHashMap.newKeySet();

    RecordingObjectStorage(ObjectStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** From now on, deleting {@code key} fails as if the storage were unreachable. */
    void failOn(ObjectKey key) {
        failing.add(key);
    }

    /** The keys deleted so far (not those refused), oldest first. */
    synchronized List<ObjectKey> deleted() {
        return List.copyOf(deleted);
    }

    @Override
    public synchronized boolean delete(ObjectKey key) {
        if (failing.contains(key)) {
            throw new StorageUnavailable("storage down for " + key, null);
        }
        deleted.add(key);
        return storage.delete(key);
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        return storage.put(key, content, contentType, metadata);
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        return storage.get(key);
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
        return storage.health();
    }
}
