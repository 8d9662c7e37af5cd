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
}
