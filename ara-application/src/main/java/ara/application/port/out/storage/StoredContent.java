package ara.application.port.out.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A stored object as read back: its bytes, media type and user metadata. Immutable (the bytes are copied in and
 * out).
 *
 * @param content     the bytes
 * @param contentType the media type it was stored with
 * @param metadata    the user metadata it was stored with
 */
public record StoredContent(byte[] content, ContentType contentType, ObjectMetadata metadata) {
    public StoredContent {
        content = Objects.requireNonNull(content, "content").clone();
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The length in bytes. */
    public long size() {
        return content.length;
    }

    /** The SHA-256 of the bytes, 64 lower-case hex digits. */
    public String sha256() {
        return sha256Hex(content);
    }

    /** The SHA-256 of {@code bytes} as 64 lower-case hex digits. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredContent that && Arrays.equals(content, that.content)
                && contentType.equals(that.contentType) && metadata.equals(that.metadata);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(content) + contentType.hashCode()) + metadata.hashCode();
    }

    @Override
    public String toString() {
        return "StoredContent[" + content.length + " bytes, " + contentType + ", " + metadata.entries() + "]";
    }
}
