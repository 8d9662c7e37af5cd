package ara.application.service.report;

import ara.application.port.in.report.ListReportsUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import ara.domain.report.Report;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Service: lists an audit's reports, newest first, for its owner or an admin. Thread-safe. */
public final class ListReportsService implements ListReportsUseCase {
    private final ReportRepository reports;
    private final ReportAccess access;

    public ListReportsService(AuditRepository audits, ReportRepository reports, AuditLog log, Clock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"), reports,
                Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public List<Report> list(AuditId audit, Caller caller) {
        access.audit(audit, caller);
        return reports.findByAudit(audit);
    }
}
