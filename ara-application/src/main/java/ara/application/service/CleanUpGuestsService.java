package ara.application.service;

import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpGuestsUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.AuditEvent;
import ara.application.port.out.AuditLog;
import ara.application.port.out.AuditRetention;
import ara.application.port.out.MaintenanceLease;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Service: deletes guest audits past their retention, at most {@value #PER_RUN} per run (the next run continues),
 * each one only if it is still expired when deleted; logs one {@code maintenance.guest_cleanup} event. Thread-safe.
 */
public final class CleanUpGuestsService implements CleanUpGuestsUseCase {
    static final int PER_RUN = 1_000;

    private final AuditRetention retention;
    private final GuestRetention rule;
    private final AuditLog log;
    private final MaintenanceRun run;
    private final Clock clock;

    /** @param holder this instance's name in the cluster-wide lease */
    public CleanUpGuestsService(AuditRetention retention, GuestRetention rule, MaintenanceLease lease, String holder,
                                AuditLog log, Clock clock) {
        this.retention = Objects.requireNonNull(retention, "retention");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new MaintenanceRun(lease, holder, clock);
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.dryRun()) {
            Instant now = clock.instant();
            List<AuditId> expired = retention.expiredGuestAudits(rule, now, PER_RUN + 1);
            return view(true, now, expired);
        }
        return run.exclusively(JOB, () -> {
            Instant now = clock.instant();
            List<AuditId> expired = retention.expiredGuestAudits(rule, now, PER_RUN + 1);
            List<AuditId> deleted = new ArrayList<>();
            for (AuditId id : expired.subList(0, Math.min(PER_RUN, expired.size()))) {
                if (retention.deleteIfExpired(id, rule, now)) {
                    deleted.add(id);
                }
            }
            log.record(new AuditEvent(now, command.actor(), "maintenance.guest_cleanup", null, AuditEvent.SUCCESS,
                    null, null));
            return new CleanupView(JOB, false, now, deleted.size(), ids(deleted), expired.size() > PER_RUN);
        });
    }

    private static CleanupView view(boolean dryRun, Instant now, List<AuditId> expired) {
        List<AuditId> listed = expired.subList(0, Math.min(PER_RUN, expired.size()));
        return new CleanupView(JOB, dryRun, now, listed.size(), ids(listed), expired.size() > PER_RUN);
    }

    private static List<String> ids(List<AuditId> ids) {
        return ids.stream().map(AuditId::toString).toList();
    }
}
