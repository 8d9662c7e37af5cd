package ara.application.port.in.report;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An expiring link to a document that needs no further credentials.
 *
 * @param url          where to fetch it
 * @param expiresAt    when the link stops working
 * @param leadsToAra   whether ARA itself serves the link (local storage): its path and query then work on whatever
 *                     origin the client reached ARA through; else it is a bucket's link, usable only as it is
 */
public record ReportLinkView(URI url, Instant expiresAt, boolean leadsToAra) {
    public ReportLinkView {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A link to a bucket, usable only as it is. */
    public ReportLinkView(URI url, Instant expiresAt) {
        this(url, expiresAt, false);
    }

    /**
     * The link as a page should use it: path and query only ({@code /api/v1/files/…?…}) when ARA serves it, so the
     * browser resolves it against the page's own origin (whatever {@code ARA_PUBLIC_URL} says); else the link.
     */
    public String forPage() {
        if (!leadsToAra) {
            return url.toString();
        }
        return url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    }
}
