package ara.adapter.web.report;

import ara.application.port.in.report.ReportLinkView;

import java.time.Instant;

/**
 * Response body: an expiring link to a report's document: a path and query on ARA itself with local storage
 * (resolve it against the API's URL), an absolute URL with S3/R2.
 */
public record ReportLinkResponse(String url, Instant expiresAt) {
    public static ReportLinkResponse from(ReportLinkView view) {
        return new ReportLinkResponse(view.forPage(), view.expiresAt());
    }
}
