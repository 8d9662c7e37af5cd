package ara.application.port.in.storage;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An upload link: {@code PUT} exactly {@code size} bytes with {@code Content-Type: contentType} to {@code url}
 * before {@code expiresAt}; afterwards {@code key} names the file (e.g. as a report's {@code logoKey}).
 */
public record UploadLinkView(String key, URI url, String contentType, long size, Instant expiresAt) {
    public UploadLinkView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
