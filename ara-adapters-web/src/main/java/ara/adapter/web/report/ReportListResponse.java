package ara.adapter.web.report;

import ara.domain.report.Report;

import java.util.List;

/** Response body: an audit's reports, newest first. */
public record ReportListResponse(List<ReportResponse> items) {
    public static ReportListResponse from(List<Report> reports) {
        return new ReportListResponse(reports.stream().map(ReportResponse::from).toList());
    }
}
