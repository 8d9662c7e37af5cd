package ara.application.port.in.report;

import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportId;

/** Inbound port: reads a report (its status, progress, attempts and error), for its audit's owner or an admin. */
public interface GetReportUseCase {
    /** @throws ara.domain.report.ReportNotFound when there is no such report (or the caller may not see it) */
    Report get(ReportId id, Caller caller);
}
