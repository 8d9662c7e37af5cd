package ara.application.port.in.admin;

/** Inbound port: deletes outbox events (and their delivery attempts) older than the outbox's retention (30 days). */
public interface CleanUpOutboxUseCase {
    String JOB = "outbox-cleanup";

    /** @throws MaintenanceBusy when another instance runs this clean-up right now (dry runs never wait for it) */
    CleanupView cleanUp(CleanUpCommand command);
}
