package ara.application.port.in.report;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.report.Report;

import java.util.List;

/** Inbound port: lists an audit's reports, newest first, for its owner or an admin. */
public interface ListReportsUseCase {
    /** @throws ara.domain.audit.AuditNotFound when there is no such audit (or the caller may not see it) */
    List<Report> list(AuditId audit, Caller caller);
}
