package ara.application.port.in.admin;

/**
 * Inbound port: deletes sent-message and bounce records older than {@code ARA_MAIL_RETENTION_DAYS}, and resume tokens
 * that have expired (unsubscriptions stay).
 */
public interface CleanUpMailRecordsUseCase {
    String JOB = "mail-records-cleanup";

    /** @throws MaintenanceBusy when another instance runs this clean-up right now */
    CleanupView cleanUp(CleanUpCommand command);
}
