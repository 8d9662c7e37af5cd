package ara.application.port.in.storage;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/** An expiring download link to a stored object. */
public record ObjectLinkView(String key, URI url, Instant expiresAt) {
    public ObjectLinkView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
