package ara.application.port.in.storage;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/** What a signed link led to: a file, nothing, a stored upload, or a refusal (and why). */
public final class SignedFileView {
    private SignedFileView() {
    }

    /** The outcome of a download link. */
    public sealed interface Download permits File, Missing, Refused {
    }

    /** The outcome of an upload link. */
    public sealed interface Upload permits Stored, Refused {
    }

    /**
     * The link is good and the file is there.
     *
     * @param contentDisposition the {@code Content-Disposition} to send ({@code attachment; filename=…}), or
     *                           {@code null} to show the file in place
     */
    public record File(byte[] content, String contentType, String contentDisposition) implements Download {
        public File {
            content = Objects.requireNonNull(content, "content").clone();
            Objects.requireNonNull(contentType, "contentType");
        }

        /** A file shown in place. */
        public File(byte[] content, String contentType) {
            this(content, contentType, null);
        }

        public Optional<String> disposition() {
            return Optional.ofNullable(contentDisposition);
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof File that && Arrays.equals(content, that.content)
                    && contentType.equals(that.contentType)
                    && Objects.equals(contentDisposition, that.contentDisposition);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * Arrays.hashCode(content) + contentType.hashCode())
                    + Objects.hashCode(contentDisposition);
        }

        @Override
        public String toString() {
            return "File[" + content.length + " bytes, " + contentType
                    + (contentDisposition == null ? "" : ", " + contentDisposition) + "]";
        }
    }

    /** The link is good, or no such link is served here, but there is no file. */
    public record Missing() implements Download {
    }

    /** The upload is stored. */
    public record Stored(String key, long size) implements Upload {
        public Stored {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * The link or the request did not pass the checks; nothing was read or stored.
     *
     * @param malformed whether the link itself is unreadable (else it is forged, expired or used wrongly)
     * @param reason    the check that failed, e.g. {@code expired}, {@code bad_signature}, {@code wrong_length}
     */
    public record Refused(boolean malformed, String reason) implements Download, Upload {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
