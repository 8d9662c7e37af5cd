package ara.domain.report;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Value object: the stored document of a report as recorded on its row: where it is, how large, its SHA-256 and
 * its media type. Immutable.
 *
 * @param key         the object key, e.g. {@code reports/{auditId}/{reportId}.pdf}
 * @param size        bytes, at least 1
 * @param sha256      64 lower-case hex digits
 * @param contentType e.g. {@code application/pdf}
 */
public record ReportFile(String key, long size, String sha256, String contentType) {
    public ReportFile {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, got " + size);
        }
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c)
                && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
        Objects.requireNonNull(contentType, "contentType");
        if (contentType.isBlank()) {
            throw new IllegalArgumentException("contentType must not be blank");
        }
    }
}
