package ara.application.port.in.report;

import ara.domain.identity.Caller;
import ara.domain.report.ReportId;

/**
 * Inbound port: cancels a report that is still queued or rendering, or deletes a finished one together with its
 * stored document.
 */
public interface DeleteReportUseCase {
    /**
     * @throws ara.domain.report.ReportNotFound                    when there is no such report (or the caller may
     *                                                             not see it)
     * @throws ara.application.port.out.storage.StorageUnavailable when the document could not be removed (nothing was)
     */
    DeletedReportView delete(ReportId id, Caller caller);
}
