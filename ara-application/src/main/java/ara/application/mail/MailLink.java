package ara.application.mail;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A single-purpose link a message carries, and when it stops working.
 *
 * @param url       an absolute http(s) URL (http only for a local ARA, e.g. http://localhost:7070)
 * @param expiresAt when the link stops working (the message says so)
 */
public record MailLink(URI url, Instant expiresAt) {
    public MailLink {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
        String scheme = url.getScheme();
        if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) || url.getHost() == null) {
            throw new IllegalArgumentException("url must be an absolute http or https URL with a host");
        }
    }
}
