package ara.application.port.in.report;

import ara.domain.report.ReportId;
import ara.domain.report.ReportStatus;

/** A report's document was asked for before the report is ready. */
public final class ReportNotReady extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ReportId reportId;
    private final ReportStatus status;

    public ReportNotReady(ReportId reportId, ReportStatus status) {
        super("report " + reportId + " is " + status.code() + (status.isActive()
                ? "; its document can be downloaded once it is ready" : " and has no document"));
        this.reportId = reportId;
        this.status = status;
    }

    public ReportId reportId() {
        return reportId;
    }

    public ReportStatus status() {
        return status;
    }
}
