package ara.application.port.out.storage;

import java.util.HexFormat;
import java.util.Objects;

/**
 * What a {@link ObjectStorage} holds after a put: the key, the size, the SHA-256 of the content and its type (the
 * pipeline keeps these on the report row).
 *
 * @param key         where the object is
 * @param size        its length in bytes, at least 0
 * @param sha256      the SHA-256 of its content, 64 lower-case hex digits
 * @param contentType its media type
 */
public record StoredObject(ObjectKey key, long size, String sha256, ContentType contentType) {
    public StoredObject {
        Objects.requireNonNull(key, "key");
        if (size < 0) {
            throw new IllegalArgumentException("size must be at least 0, got " + size);
        }
        Objects.requireNonNull(sha256, "sha256");
        if (sha256.length() != 64 || !sha256.chars().allMatch(c -> HexFormat.isHexDigit(c) && !Character.isUpperCase(c))) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
        }
        Objects.requireNonNull(contentType, "contentType");
    }

    /** What storing {@code content} under {@code key} amounts to: its size and SHA-256, computed here. */
    public static StoredObject of(ObjectKey key, byte[] content, ContentType contentType) {
        Objects.requireNonNull(content, "content");
        return new StoredObject(key, content.length, StoredContent.sha256Hex(content), contentType);
    }
}
