package ara.application.port.out.report;

import ara.domain.audit.AuditId;
import ara.domain.report.Report;
import ara.domain.report.ReportId;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Outbound port: stores reports (the jobs and what they produced). Implementations are thread-safe and every
 * method is atomic; the workers' side of the same rows is {@link ReportJobQueue}.
 */
public interface ReportRepository {

    /**
     * Stores a new report unless the audit already has an active report (queued, rendering or stored) with the same
     * {@link Report#fingerprint() fingerprint}; atomic across every process sharing the store, so two identical
     * requests racing each other make one job.
     *
     * @return {@code report} as stored, or the active report it duplicates
     * @throws IllegalStateException when a report with this id exists
     */
    Report createUnlessActive(Report report);

    Optional<Report> find(ReportId id);

    /** The audit's reports, newest first ({@code createdAt} descending, then id). */
    List<Report> findByAudit(AuditId audit);

    /** The audit's active report with this fingerprint, if any (at most one exists). */
    Optional<Report> findActive(AuditId audit, String fingerprint);

    /**
     * Changes a report atomically: loads it under a lock, applies {@code change} and stores what it returns, all in
     * one transaction (guarded by the version it started from). If {@code change} throws, nothing is stored and the
     * exception propagates; if it returns the same instance, nothing is written. {@code change} may run more than
     * once (after a lost deadlock) and must not call back into the repository.
     *
     * @return the report as stored
     * @throws ara.domain.report.ReportNotFound when there is no such report
     */
    Report update(ReportId id, UnaryOperator<Report> change);

    /**
     * Removes a report.
     *
     * @return whether it was there
     */
    boolean delete(ReportId id);
}
