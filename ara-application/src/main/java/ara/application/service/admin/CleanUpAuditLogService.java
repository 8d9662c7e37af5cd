package ara.application.service.admin;

import ara.application.port.in.admin.CleanUpAuditLogUseCase;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Service: deletes audit-log events at least {@link #RETENTION} old (365 days), then logs that it did. Thread-safe.
 */
public final class CleanUpAuditLogService implements CleanUpAuditLogUseCase {
    public static final Duration RETENTION = Duration.ofDays(365);

    private final AuditLog log;
    private final MaintenanceRun run;
    private final Clock clock;

    /** @param holder this instance's name in the cluster-wide lease */
    public CleanUpAuditLogService(AuditLog log, MaintenanceLease lease, String holder, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new MaintenanceRun(lease, holder, clock);
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.dryRun()) {
            Instant now = clock.instant();
            return new CleanupView(JOB, true, now, log.countUntil(now.minus(RETENTION)), 0, List.of(), false);
        }
        return run.exclusively(JOB, () -> {
            Instant now = clock.instant();
            long deleted = log.deleteUntil(now.minus(RETENTION));
            log.record(new AuditEvent(now, command.actor(), "maintenance.audit_log_cleanup", null,
                    AuditEvent.SUCCESS, null, null));
            return new CleanupView(JOB, false, now, deleted, 0, List.of(), false);
        });
    }
}
