package ara.application.service.admin;

import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpMailRecordsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.ResumeTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Service: deletes the mail channel's records older than the mail retention ({@code ARA_MAIL_RETENTION_DAYS}) and
 * the resume tokens that expired, under the cluster-wide maintenance lease. A dry run counts nothing (the records are
 * small and short-lived) and says so with a count of 0. Thread-safe.
 */
public final class CleanUpMailRecordsService implements CleanUpMailRecordsUseCase {
    static final int BATCH = 500;

    private final MailRecords records;
    private final ResumeTokens tokens;
    private final Duration retention;
    private final MaintenanceRun run;
    private final Clock clock;

    /** @param holder this instance's name in the cluster-wide lease */
    public CleanUpMailRecordsService(MailRecords records, ResumeTokens tokens, Duration retention,
                                     MaintenanceLease lease, String holder, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new MaintenanceRun(lease, holder, clock);
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.dryRun()) {
            return new CleanupView(JOB, true, clock.instant(), 0, 0, List.of(), false);
        }
        return run.exclusively(JOB, () -> {
            Instant now = clock.instant();
            long deleted = records.deleteBefore(now.minus(retention));
            int expired = tokens.deleteExpiredBefore(now, BATCH);
            return new CleanupView(JOB, false, now, deleted + expired, 0, List.of(), expired == BATCH);
        });
    }
}
