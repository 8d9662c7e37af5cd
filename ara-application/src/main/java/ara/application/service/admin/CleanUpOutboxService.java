package ara.application.service.admin;

import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanUpOutboxUseCase;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.outbox.EventOutbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Service: deletes outbox events at least {@link #RETENTION} old (30 days), with their delivery attempts, a batch at a
 * time up to {@value #MAX_BATCHES} batches per run (the rest waits for the next run). Thread-safe.
 */
public final class CleanUpOutboxService implements CleanUpOutboxUseCase {
    public static final Duration RETENTION = Duration.ofDays(30);
    static final int BATCH = 500;
    static final int MAX_BATCHES = 20;

    private final EventOutbox outbox;
    private final MaintenanceRun run;
    private final Clock clock;

    /** @param holder this instance's name in the cluster-wide lease */
    public CleanUpOutboxService(EventOutbox outbox, MaintenanceLease lease, String holder, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.run = new MaintenanceRun(lease, holder, clock);
    }

    @Override
    public CleanupView cleanUp(CleanUpCommand command) {
        Objects.requireNonNull(command, "command");
        if (command.dryRun()) {
            Instant now = clock.instant();
            return new CleanupView(JOB, true, now, outbox.countOccurredBefore(now.minus(RETENTION)), 0, List.of(),
                    false);
        }
        return run.exclusively(JOB, () -> {
            Instant now = clock.instant();
            Instant cutoff = now.minus(RETENTION);
            long deleted = 0;
            boolean more = false;
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int removed = outbox.deleteOccurredBefore(cutoff, BATCH);
                deleted += removed;
                more = removed == BATCH;
                if (!more) {
                    break;
                }
            }
            return new CleanupView(JOB, false, now, deleted, 0, List.of(), more);
        });
    }
}
