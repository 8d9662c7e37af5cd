package ara.application.service.report;

import ara.application.port.in.report.DeleteReportUseCase;
import ara.application.port.in.report.DeletedReportView;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.storage.ObjectKey;
import ara.application.port.out.storage.ObjectStorage;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportStatus;

import java.time.Clock;
import java.util.Objects;

/**
 * Service: cancels an active report (a worker still rendering it loses its lease and removes what it stored), or
 * deletes a finished one: first its document, then its row, so that a failure leaves a report that can be deleted
 * again, never a document nobody knows of. Thread-safe.
 */
public final class DeleteReportService implements DeleteReportUseCase {
    private final ReportRepository reports;
    private final ObjectStorage storage;
    private final ReportAccess access;
    private final Clock clock;

    public DeleteReportService(AuditRepository audits, ReportRepository reports, ObjectStorage storage, AuditLog log,
                               Clock clock) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new ReportAccess(Objects.requireNonNull(audits, "audits"), reports,
                Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public DeletedReportView delete(ReportId id, Caller caller) {
        Report report = access.report(id, caller);
        if (report.isActive()) {
            Report after = reports.update(id, current -> current.isActive() ? current.cancel(clock.instant())
                    : current);
            if (after.status() != ReportStatus.CANCELLED) {
                // It finished meanwhile: delete it like any finished report.
                return remove(after, caller);
            }
            access.guard().record(caller, "report.cancelled", after.auditId(), AuditEvent.SUCCESS);
            return new DeletedReportView(after, false);
        }
        return remove(report, caller);
    }

    private DeletedReportView remove(Report report, Caller caller) {
        storage.delete(documentKey(report));
        reports.delete(report.id());
        access.guard().record(caller, "report.deleted", report.auditId(), AuditEvent.SUCCESS);
        return new DeletedReportView(report, true);
    }

    /** Where the document is or would be (a failed or cancelled job may have stored one before it stopped). */
    static ObjectKey documentKey(Report report) {
        return ObjectKey.report(report.auditId(), report.id().value());
    }
}
