package ara.application.port.in.admin;

/** Inbound port: deletes audit-log events older than the log's retention (one year). */
public interface CleanUpAuditLogUseCase {
    String JOB = "audit-log-cleanup";

    /** @throws MaintenanceBusy when another instance runs this clean-up right now (dry runs never wait for it) */
    CleanupView cleanUp(CleanUpCommand command);
}
