package ara.application.port.out.storage;

import ara.domain.audit.AuditId;

import java.time.Instant;
import java.util.Objects;

/**
 * An upload link ARA issued: which key, for which audit, for what content type and size, and when. The record is
 * what makes an uploaded object "one ARA issued": access to it is decided by its audit, never by its key's text.
 *
 * @param key         the object key the link writes
 * @param audit       the audit the upload belongs to (its owner may use and delete it)
 * @param contentType the content type signed into the link
 * @param size        the exact length signed into the link, at least 1
 * @param issuedAt    when the link was issued
 */
public record IssuedUpload(ObjectKey key, AuditId audit, ContentType contentType, long size, Instant issuedAt) {
    public IssuedUpload {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
