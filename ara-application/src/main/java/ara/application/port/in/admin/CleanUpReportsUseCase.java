package ara.application.port.in.admin;

/** Inbound port: deletes finished reports (and their documents) older than the environment's report retention. */
public interface CleanUpReportsUseCase {
    String JOB = "report-cleanup";

    /** @throws MaintenanceBusy when another instance runs this clean-up right now (dry runs never wait for it) */
    CleanupView cleanUp(CleanUpCommand command);
}
