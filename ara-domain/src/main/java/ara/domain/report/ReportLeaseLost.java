package ara.domain.report;

/**
 * A worker tried to move a report job on although it no longer holds the job's lease: the job was cancelled, or
 * the lease lapsed and another worker took the job over. The worker must drop the job.
 */
public final class ReportLeaseLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ReportId reportId;
    private final ReportStatus status;

    public ReportLeaseLost(ReportId reportId, ReportStatus status, String worker) {
        super("worker " + worker + " no longer holds report " + reportId + " (now " + status.code() + ")");
        this.reportId = reportId;
        this.status = status;
    }

    public ReportId reportId() {
        return reportId;
    }

    /** The status the job was found in. */
    public ReportStatus status() {
        return status;
    }
}
