package ara.application.port.in.report;

import ara.domain.report.Report;

import java.util.Optional;

/**
 * Inbound port for the report workers: claims the job due longest and runs it to its next resting state (ready,
 * queued again after a failed attempt, or failed for good). Called in a loop by each worker of a bounded pool, in
 * every process; never on a request thread.
 */
public interface RunReportJobUseCase {
    /**
     * @param worker this worker's name, unique across threads and processes (it holds the job's lease)
     * @return the job as this run left it, or empty when no job was due
     */
    Optional<Report> runNext(String worker);

    /**
     * Renews the lease of every job this instance's workers are running right now (a render or store that takes
     * longer than one lease must not be taken over while its worker lives). Called periodically, well within one
     * lease, by the workers' keeper; a job lost meanwhile (cancelled, taken over) is left alone, a store that cannot
     * be reached is retried at the next call.
     *
     * @return how many leases were renewed
     */
    int renewLeases();
}
