package ara.application.port.in.report;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An expiring link to a document that needs no further credentials.
 *
 * @param url       where to fetch it
 * @param expiresAt when the link stops working
 */
public record ReportLinkView(URI url, Instant expiresAt) {
    public ReportLinkView {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
