package ara.domain.report;

/** No report has this id (or the caller may not see it). */
public final class ReportNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ReportId reportId;

    public ReportNotFound(ReportId reportId) {
        super("report " + reportId + " does not exist");
        this.reportId = reportId;
    }

    public ReportId reportId() {
        return reportId;
    }
}
