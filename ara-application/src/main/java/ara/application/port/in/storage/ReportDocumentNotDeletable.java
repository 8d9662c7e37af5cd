package ara.application.port.in.storage;

/** The key names a report's document, which goes only with its report ({@code DELETE /api/v1/reports/{id}}). */
public final class ReportDocumentNotDeletable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportDocumentNotDeletable(String key, String reportId) {
        super("object " + key + " is the document of report " + reportId
                + "; delete it with DELETE /api/v1/reports/" + reportId);
    }
}
