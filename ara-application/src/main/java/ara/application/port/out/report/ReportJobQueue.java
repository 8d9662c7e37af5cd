package ara.application.port.out.report;

import ara.domain.report.Report;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Outbound port: the report jobs as a durable work queue shared by every worker of every process. A job is due when
 * {@link Report#dueAt()} has come: queued and past its back-off, or leased to a worker whose lease has lapsed.
 * Implementations are thread-safe; the same rows are also a {@link ReportRepository}.
 */
public interface ReportJobQueue {

    /**
     * Claims the job that has been due longest: locks it so that no other claimer (thread or process) gets it
     * (claimers skip locked jobs rather than wait for them), applies {@code claim} (which takes the lease) and stores
     * the result, in one transaction. Two claimers never get the same job for the same due time.
     *
     * @param now   jobs due at or before this moment qualify
     * @param claim the change that takes the job (normally {@link Report#claim}); must not call back into the store
     * @return the claimed job as stored, or empty when no job is due
     */
    Optional<Report> claimNext(Instant now, UnaryOperator<Report> claim);
}
