package ara.application.port.out.report;

/**
 * A report could not be rendered from content that was valid (a fault of the renderer or its resources, not of the
 * caller): the job that asked may retry it.
 */
public final class ReportRenderingFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportRenderingFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
