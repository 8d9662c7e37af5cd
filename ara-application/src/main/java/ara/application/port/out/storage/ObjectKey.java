package ara.application.port.out.storage;

import ara.domain.audit.AuditId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Value object: the key of a stored object ({@code reports/{auditId}/{reportId}.pdf}), safe as an S3 key, a URL
 * path and a file name alike. Rules, each named in the message of the {@link IllegalArgumentException} that breaks
 * it: not empty; at most {@value #MAX_BYTES} bytes of UTF-8; no control characters; only {@code A-Z a-z 0-9} and
 * {@code - _ . /}; no leading or trailing {@code /}; no empty segment ({@code //}); no {@code .} or {@code ..}
 * segment.
 *
 * @param value the key as S3 and the links show it
 */
public record ObjectKey(String value) {
    /** The longest key, in bytes of UTF-8 (the S3 limit). */
    public static final int MAX_BYTES = 1024;

    public ObjectKey {
        Objects.requireNonNull(value, "object key");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("object key must not be empty");
        }
        int bytes = value.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("object key must be at most " + MAX_BYTES + " bytes of UTF-8, got "
                    + bytes);
        }
        checkCharacters(value);
        if (value.startsWith("/")) {
            throw new IllegalArgumentException("object key must not start with '/': " + value);
        }
        if (value.endsWith("/")) {
            throw new IllegalArgumentException("object key must not end with '/': " + value);
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("object key must not contain an empty segment ('//'): " + value);
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("object key must not contain a '.' or '..' segment: " + value);
            }
        }
    }

    /** The key of a rendered report: {@code reports/{auditId}/{reportId}.pdf}. */
    public static ObjectKey report(AuditId auditId, UUID reportId) {
        Objects.requireNonNull(auditId, "auditId");
        Objects.requireNonNull(reportId, "reportId");
        return new ObjectKey("reports/" + auditId.value() + "/" + reportId + ".pdf");
    }

    /** The key of a file an owner uploads for an audit (e.g. a logo): {@code uploads/{auditId}/{uploadId}}. */
    public static ObjectKey upload(AuditId auditId, UUID uploadId) {
        Objects.requireNonNull(auditId, "auditId");
        Objects.requireNonNull(uploadId, "uploadId");
        return new ObjectKey("uploads/" + auditId.value() + "/" + uploadId);
    }

    private static void checkCharacters(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException("object key must not contain control characters, found U+"
                        + String.format("%04X", (int) c) + " at index " + i);
            }
            if (!isSafe(c)) {
                throw new IllegalArgumentException("object key may contain only A-Z a-z 0-9 - _ . /, found '" + c
                        + "' at index " + i);
            }
        }
    }

    private static boolean isSafe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '/';
    }

    @Override
    public String toString() {
        return value;
    }
}
