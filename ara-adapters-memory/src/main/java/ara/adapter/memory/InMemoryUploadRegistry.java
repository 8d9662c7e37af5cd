package ara.adapter.memory;

import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.UploadRegistry;
import ara.domain.audit.AuditId;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Persistence adapter: the issued uploads in a map, lost when the process ends. Thread-safe. */
public final class InMemoryUploadRegistry implements UploadRegistry {
    private final ConcurrentMap<ObjectKey, IssuedUpload> uploads = new ConcurrentHashMap<>();

    @Override
    public void record(IssuedUpload upload) {
        Objects.requireNonNull(upload, "upload");
        IssuedUpload stored = new IssuedUpload(upload.key(), upload.audit(), upload.contentType(), upload.size(),
                upload.issuedAt().truncatedTo(ChronoUnit.MICROS));
        if (uploads.putIfAbsent(stored.key(), stored) != null) {
            throw new IllegalStateException("upload " + stored.key() + " was recorded before");
        }
    }

    @Override
    public Optional<IssuedUpload> find(ObjectKey key) {
        return Optional.ofNullable(uploads.get(Objects.requireNonNull(key, "key")));
    }

    @Override
    public List<IssuedUpload> findByAudit(AuditId audit) {
        Objects.requireNonNull(audit, "audit");
        return uploads.values().stream().filter(upload -> upload.audit().equals(audit))
                .sorted(Comparator.comparing(IssuedUpload::issuedAt).thenComparing(upload -> upload.key().value()))
                .toList();
    }

    @Override
    public boolean remove(ObjectKey key) {
        return uploads.remove(Objects.requireNonNull(key, "key")) != null;
    }
}
