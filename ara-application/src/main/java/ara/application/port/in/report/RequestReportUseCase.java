package ara.application.port.in.report;

import ara.domain.report.Report;

/** Inbound port: queues a report of a scored audit, or returns the identical one already queued or running. */
public interface RequestReportUseCase {
    /**
     * @return the queued job (new, or the active one with the same template and options)
     * @throws ara.domain.audit.AuditNotFound                    when there is no such audit (or the caller may not see it)
     * @throws ara.application.port.in.audit.AuditNotScored      while the audit has no result
     * @throws LogoNotUploaded                                   when the logo key is not an upload of this audit
     */
    Report request(RequestReportCommand command);
}
