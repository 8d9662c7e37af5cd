package ara.application.port.in.admin;

/** Inbound port: deletes guest audits past their retention (30 days untouched, 90 with an email). */
public interface CleanUpGuestsUseCase {
    String JOB = "guest-cleanup";

    /** @throws MaintenanceBusy when another instance runs this clean-up right now (dry runs never wait for it) */
    CleanupView cleanUp(CleanUpCommand command);
}
