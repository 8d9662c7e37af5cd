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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test double of the object storage for the clean-ups (an external system; to be swapped for ara-adapters-memory's
 * InMemoryObjectStorage once that exists): remembers the keys deleted, in order, and refuses to delete the keys it
 * was told to fail on with {@link StorageUnavailable}. Only {@link #delete} is used by the clean-ups. Thread-safe.
 */
final class RecordingObjectStorage implements ObjectStorage {
    private final List<ObjectKey> deleted = new ArrayList<>();
    private final Set<ObjectKey> failing = ConcurrentHashMap.newKeySet();

    /** From now on, deleting {@code key} fails as if the storage were unreachable. */
    void failOn(ObjectKey key) {
        failing.add(key);
    }

    synchronized List<ObjectKey> deleted() {
        return List.copyOf(deleted);
    }

    @Override
    public synchronized boolean delete(ObjectKey key) {
        if (failing.contains(key)) {
            throw new StorageUnavailable("storage down for " + key, null);
        }
        deleted.add(key);
        return true;
    }

    @Override
    public StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata) {
        throw new UnsupportedOperationException("the clean-ups only delete");
    }

    @Override
    public Optional<StoredContent> get(ObjectKey key) {
        throw new UnsupportedOperationException("the clean-ups only delete");
    }

    @Override
    public URI presignGet(ObjectKey key, Duration validity) {
        throw new UnsupportedOperationException("the clean-ups only delete");
    }

    @Override
    public URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity) {
        throw new UnsupportedOperationException("the clean-ups only delete");
    }

    @Override
    public StorageHealth health() {
        return StorageHealth.up("recording double");
    }
}
