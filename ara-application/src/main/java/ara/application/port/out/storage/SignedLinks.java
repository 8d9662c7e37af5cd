package ara.application.port.out.storage;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Outbound port: the links ARA signs and serves itself, for a {@link ObjectStorage} that has no presigned URLs of
 * its own (the local directory). A link is {@value #PATH}{@code {key}?…} under ARA's public URL; the web route
 * passes the key (the rest of the path) and the query parameters here and turns the outcome into a response. The
 * checks (signature, expiry, operation, and for uploads the exact content type and length) happen here, so the web
 * adapter needs no knowledge of the link format. Thread-safe.
 *
 * <p>Suggested mapping: {@link DownloadOutcome.Found} → 200 with the content type (and, when the link names the
 * file, {@code Content-Disposition: }{@link Attachment#contentDisposition()}), {@link DownloadOutcome.Missing}
 * → 404, {@link UploadOutcome.Stored} → 200; {@link LinkRefused} with {@link LinkRefusal#MALFORMED} → 400, any
 * other reason → 403 (what S3 answers for the same faults).
 */
public interface SignedLinks {
    /** The path under ARA's public URL where the links point; the key follows it. */
    String PATH = "/api/v1/files/";

    /**
     * Checks a download link and reads its object.
     *
     * @param key        the raw path after {@link #PATH} (not percent-decoded, not yet validated)
     * @param parameters the link's query parameters (first value of each)
     */
    DownloadOutcome download(String key, Map<String, String> parameters);

    /**
     * Checks an upload link and, if the request matches it, stores the body: atomically, replacing any object
     * under the key, with no metadata. Reads at most the signed length (plus one byte to notice a longer body).
     *
     * @param key           the raw path after {@link #PATH} (not percent-decoded, not yet validated)
     * @param parameters    the link's query parameters (first value of each)
     * @param contentType   the request's {@code Content-Type} as received, or {@code null}
     * @param contentLength the request's declared length, or -1 when it declared none
     * @param body          the request body; not closed here
     */
    UploadOutcome upload(String key, Map<String, String> parameters, String contentType, long contentLength,
                         InputStream body);

    /** What a download link led to. */
    sealed interface DownloadOutcome permits DownloadOutcome.Found, DownloadOutcome.Missing, LinkRefused {
        /**
         * The link is good and the object is there.
         *
         * @param attachment the name the link asks the file to be saved under, or {@code null} to show it in place
         */
        record Found(StoredContent content, Attachment attachment) implements DownloadOutcome {
            public Found {
                Objects.requireNonNull(content, "content");
            }

            /** Found, shown in place (no attachment name). */
            public Found(StoredContent content) {
                this(content, null);
            }

            public Optional<Attachment> saveAs() {
                return Optional.ofNullable(attachment);
            }
        }

        /** The link is good but there is no object under its key (any more). */
        record Missing() implements DownloadOutcome {
        }
    }

    /** What an upload link led to. */
    sealed interface UploadOutcome permits UploadOutcome.Stored, LinkRefused {
        /** The link and the request matched; the object is stored. */
        record Stored(StoredObject object) implements UploadOutcome {
            public Stored {
                Objects.requireNonNull(object, "object");
            }
        }
    }

    /** The link or the request did not pass the checks; nothing was read or stored. */
    record LinkRefused(LinkRefusal reason) implements DownloadOutcome, UploadOutcome {
        public LinkRefused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a link was refused. */
    enum LinkRefusal {
        /** A parameter is missing or unreadable, or the key is not an {@link ObjectKey}. */
        MALFORMED,
        /** The signature does not match the link (tampered with, or signed with another secret). */
        BAD_SIGNATURE,
        /** A genuine link whose validity has passed. */
        EXPIRED,
        /** A download link used to upload, or the reverse. */
        WRONG_OPERATION,
        /** The upload's content type is not the one signed into the link. */
        WRONG_CONTENT_TYPE,
        /** The upload's length is not the one signed into the link (or was not declared). */
        WRONG_LENGTH
    }
}
