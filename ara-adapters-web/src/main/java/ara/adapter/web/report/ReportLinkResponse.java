package ara.adapter.web.report;

import ara.application.port.in.report.ReportLinkView;

import java.time.Instant;

/** Response body: an expiring link to a report's document. */
public record ReportLinkResponse(String url, Instant expiresAt) {
    public static ReportLinkResponse from(ReportLinkView view) {
        return new ReportLinkResponse(view.url().toString(), view.expiresAt());
    }
}
