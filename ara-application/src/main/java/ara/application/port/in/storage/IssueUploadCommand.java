package ara.application.port.in.storage;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.report.Logo;

import java.util.Objects;
import java.util.Set;

/**
 * Command: issue a link through which the owner of an audit uploads one file (a report logo): a PNG or JPEG of
 * at most {@value Logo#MAX_BYTES} bytes.
 *
 * @param contentType the exact {@code Content-Type} the upload will send: {@code image/png} or {@code image/jpeg}
 * @param size        the exact length in bytes, 1 to {@value Logo#MAX_BYTES}
 * @throws UploadRejected naming the field that breaks a rule
 */
public record IssueUploadCommand(AuditId audit, String contentType, long size, Caller caller) {
    /** The content types an upload may have. */
    public static final Set<String> CONTENT_TYPES = Set.of("image/png", "image/jpeg");

    public IssueUploadCommand {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
        if (contentType == null || !CONTENT_TYPES.contains(contentType)) {
            throw new UploadRejected("contentType", "unsupported", "contentType must be image/png or image/jpeg"
                    + (contentType == null ? "" : ", got " + contentType));
        }
        if (size < 1 || size > Logo.MAX_BYTES) {
            throw new UploadRejected("size", "out_of_range", "size must be 1 to " + Logo.MAX_BYTES
                    + " bytes (512 KiB), got " + size);
        }
    }
}
