package ara.application.service.report;

import ara.application.port.in.report.GetReportUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportId;

import java.time.Clock;
import java.util.Objects;

/** Service: reads a report for its audit's owner or an admin. Thread-safe. */
public final class GetReportService implements GetReportUseCase {
    private final ReportAccess access;

    public GetReportService(AuditRepository audits, ReportRepository reports, AuditLog log, Clock clock) {
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"),
                Objects.requireNonNull(reports, "reports"), Objects.requireNonNull(log, "log"),
                Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public Report get(ReportId id, Caller caller) {
        return access.report(id, caller);
    }
}
