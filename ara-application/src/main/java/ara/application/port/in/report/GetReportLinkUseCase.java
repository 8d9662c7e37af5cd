package ara.application.port.in.report;

import ara.domain.identity.Caller;
import ara.domain.report.ReportId;

/** Inbound port: a fresh expiring link to a ready report's document, for its audit's owner or an admin. */
public interface GetReportLinkUseCase {
    /**
     * @throws ara.domain.report.ReportNotFound when there is no such report (or the caller may not see it)
     * @throws ReportNotReady                   while the report is not ready
     */
    ReportLinkView link(ReportId id, Caller caller);
}
