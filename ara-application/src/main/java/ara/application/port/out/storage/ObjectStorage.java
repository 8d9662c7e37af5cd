package ara.application.port.out.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port: stores report PDFs and uploads as objects under {@link ObjectKey}s and hands out expiring links
 * to them (S3 presigned URLs, or links ARA signs and serves itself, see {@link SignedLinks}). Thread-safe.
 *
 * <p>Backend trouble surfaces as {@link StorageUnavailable} (unreachable, may succeed later) or
 * {@link StorageFailure} (refused; an operator has to look); only {@link #health()} never throws.
 */
public interface ObjectStorage {
    /** The longest a link may be valid: 7 days, the limit of an S3 (SigV4) presigned URL. */
    Duration MAX_LINK_VALIDITY = Duration.ofDays(7);

    /**
     * Stores {@code content} under {@code key}, replacing whatever was there (content, type and metadata).
     *
     * @return the key, size, SHA-256 and content type of what is stored now
     */
    StoredObject put(ObjectKey key, byte[] content, ContentType contentType, ObjectMetadata metadata);

    /** The object under {@code key} with its content type and metadata, or empty when there is none. */
    Optional<StoredContent> get(ObjectKey key);

    /**
     * Removes the object under {@code key}; removing a missing object is no error.
     *
     * @return whether an object was there (two concurrent deletes of one key may both say so)
     */
    boolean delete(ObjectKey key);

    /**
     * A link that downloads the object under {@code key} without further credentials until {@code validity} has
     * passed (rounded up to whole seconds). The object need not exist yet.
     *
     * @param validity 1 s to {@link #MAX_LINK_VALIDITY}
     */
    URI presignGet(ObjectKey key, Duration validity);

    /**
     * Like {@link #presignGet(ObjectKey, Duration)}, but the response carries
     * {@code Content-Disposition: }{@link Attachment#contentDisposition()}, so a browser saves the file under that
     * name instead of showing it in place of the page. The local directory signs the name into its link; S3 signs
     * {@code response-content-disposition}. The default (test doubles) ignores the name.
     */
    default URI presignGet(ObjectKey key, Duration validity, Attachment attachment) {
        Objects.requireNonNull(attachment, "attachment");
        return presignGet(key, validity);
    }

    /**
     * A link through which a client uploads exactly one object: an HTTP {@code PUT} of exactly
     * {@code contentLength} bytes with exactly {@code Content-Type: contentType}, before {@code validity} has
     * passed; any other type or length is refused. Both are signed into the link, so the caller enforces an upload
     * limit by checking the length the client declares before asking for a link. The stored object has no
     * metadata.
     *
     * @param contentLength the exact size of the upload, at least 0
     * @param validity      1 s to {@link #MAX_LINK_VALIDITY}
     */
    URI presignPut(ObjectKey key, ContentType contentType, long contentLength, Duration validity);

    /**
     * Whether this storage's links lead to ARA itself (it serves them through {@link SignedLinks} under
     * {@value SignedLinks#PATH}), so that a page may follow their path relative to its own origin; false for links
     * to a bucket (S3 presigned URLs).
     */
    default boolean linksLeadToAra() {
        return false;
    }

    /** Whether the storage answers and is usable; never throws. */
    StorageHealth health();

    /**
     * Checks a link's validity for the presign methods.
     *
     * @return the validity in whole seconds, rounded up
     * @throws IllegalArgumentException when it is under 1 s or over {@link #MAX_LINK_VALIDITY}
     */
    static long validitySeconds(Duration validity) {
        Objects.requireNonNull(validity, "validity");
        if (validity.compareTo(Duration.ofSeconds(1)) < 0 || validity.compareTo(MAX_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("link validity must be 1 s to " + MAX_LINK_VALIDITY.toDays()
                    + " days, got " + validity);
        }
        return validity.plusNanos(999_999_999).getSeconds();
    }

    /**
     * Checks the length of an upload link.
     *
     * @throws IllegalArgumentException when it is negative
     */
    static long checkedContentLength(long contentLength) {
        if (contentLength < 0) {
            throw new IllegalArgumentException("content length must be at least 0, got " + contentLength);
        }
        return contentLength;
    }
}
