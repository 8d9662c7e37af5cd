package ara.domain.report;

/** A report was asked to do something its status does not allow (cancel a finished one, finish a queued one…). */
public final class IllegalReportTransition extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ReportId reportId;
    private final ReportStatus status;

    public IllegalReportTransition(ReportId reportId, ReportStatus status, String action) {
        super("report " + reportId + " is " + status.code() + " and cannot " + action);
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
