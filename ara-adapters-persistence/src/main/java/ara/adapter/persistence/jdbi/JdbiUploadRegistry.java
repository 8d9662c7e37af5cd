package ara.adapter.persistence.jdbi;

import ara.application.port.out.storage.ContentType;
import ara.application.port.out.storage.IssuedUpload;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.UploadRegistry;
import ara.domain.audit.AuditId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Persistence adapter: the issued uploads in the {@code uploads} table. Thread-safe. */
public final class JdbiUploadRegistry implements UploadRegistry {
    private final Jdbi jdbi;

    public JdbiUploadRegistry(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public void record(IssuedUpload upload) {
        Objects.requireNonNull(upload, "upload");
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO uploads (object_key, audit_id, content_type,"
                            + " size_bytes, issued_at) VALUES (:key, :audit, :contentType, :size, :issuedAt)")
                    .bind("key", upload.key().value())
                    .bind("audit", upload.audit().toString())
                    .bind("contentType", upload.contentType().value())
                    .bind("size", upload.size())
                    .bind("issuedAt", SqlInstants.argument(upload.issuedAt().truncatedTo(ChronoUnit.MICROS)))
                    .execute());
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                throw new IllegalStateException("upload " + upload.key() + " was recorded before", e);
            }
            throw SqlFailures.translate("record upload " + upload.key(), e);
        }
    }

    @Override
    public Optional<IssuedUpload> find(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT object_key, audit_id, content_type,"
                            + " size_bytes, issued_at FROM uploads WHERE object_key = :key")
                    .bind("key", key.value())
                    .map((rs, ctx) -> upload(rs))
                    .findOne());
        } catch (JdbiException e) {
            throw SqlFailures.translate("find upload " + key, e);
        }
    }

    @Override
    public List<IssuedUpload> findByAudit(AuditId audit) {
        Objects.requireNonNull(audit, "audit");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT object_key, audit_id, content_type,"
                            + " size_bytes, issued_at FROM uploads WHERE audit_id = :audit ORDER BY issued_at, object_key")
                    .bind("audit", audit.toString())
                    .map((rs, ctx) -> upload(rs))
                    .list());
        } catch (JdbiException e) {
            throw SqlFailures.translate("list the uploads of audit " + audit, e);
        }
    }

    @Override
    public boolean remove(ObjectKey key) {
        Objects.requireNonNull(key, "key");
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM uploads WHERE object_key = :key")
                    .bind("key", key.value())
                    .execute()) == 1;
        } catch (JdbiException e) {
            throw SqlFailures.translate("remove upload " + key, e);
        }
    }

    private static IssuedUpload upload(ResultSet rs) throws SQLException {
        String key = rs.getString("object_key");
        try {
            return new IssuedUpload(new ObjectKey(key), AuditId.parse(rs.getString("audit_id")),
                    new ContentType(rs.getString("content_type")), rs.getLong("size_bytes"),
                    SqlInstants.read(rs, "issued_at"));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DatabaseFailure("upload " + key + " is stored in a form this version cannot read: "
                    + e.getMessage(), e);
        }
    }
}
