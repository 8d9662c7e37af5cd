package ara.application.service.report;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportRepository;
import ara.application.service.identity.AccessGuard;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The access rule for reports and uploads: they belong to their audit, so whoever may read the audit may use them;
 * anyone else is told they do not exist (and the attempt is logged). Thread-safe.
 */
public final class ReportAccess {
    private final AuditRepository audits;
    private final ReportRepository reports;
    private final AccessGuard guard;

    public ReportAccess(AuditRepository audits, ReportRepository reports, AuditLog log, Clock clock) {
        this.audits = audits;
        this.reports = reports;
        this.guard = new AccessGuard(log, clock);
    }

    public AccessGuard guard() {
        return guard;
    }

    /** The audit, for its owner or an admin. */
    public Audit audit(AuditId id, Caller caller) {
        guard.requireIdentity(caller, id);
        return guard.check(audits.find(id).orElseThrow(() -> new AuditNotFound(id)), caller);
    }

    /** The report, for its audit's owner or an admin; {@link ReportNotFound} for anyone else. */
    Report report(ReportId id, Caller caller) {
        requireIdentity(caller, "report " + id);
        Report report = reports.find(id).orElseThrow(() -> new ReportNotFound(id));
        owner(report.auditId(), caller, () -> new ReportNotFound(id));
        return report;
    }

    /** The audit that owns something, for its owner or an admin; {@code notFound} for anyone else. */
    public Audit owner(AuditId audit, Caller caller, Supplier<? extends RuntimeException> notFound) {
        Audit owner = audits.find(audit).orElseThrow(notFound);
        return guard.check(owner, caller, notFound);
    }

    public void requireIdentity(Caller caller, String target) {
        if (caller.isAnonymous()) {
            throw new AuthenticationRequired(target);
        }
    }
}
