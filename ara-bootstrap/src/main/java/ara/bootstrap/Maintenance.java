package ara.bootstrap;

import ara.adapter.web.WebAdmin;
import ara.application.port.in.admin.CleanUpCommand;
import ara.application.port.in.admin.CleanupView;
import ara.application.port.in.admin.MaintenanceBusy;
import ara.bootstrap.config.MaintenanceSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The schedule that runs the retention clean-ups: every instance schedules them, the lease lets one at a time run
 * each (docs/adr/0014). Thread-safe.
 */
final class Maintenance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);
    static final String SCHEDULER = "scheduler";

    private final ScheduledExecutorService scheduler;

    private Maintenance(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * Runs the clean-ups every interval (the first after one interval), unless the schedule is off: the admin's, then
     * {@code more} (the outbox's, the mail records'), then the expired .eml files.
     */
    static Maintenance schedule(WebAdmin admin, List<Function<CleanUpCommand, CleanupView>> more,
                                MaintenanceSettings settings, Mail mail) {
        Optional<Duration> interval = settings.interval();
        if (interval.isEmpty()) {
            LOG.info("Retention clean-ups are not scheduled ({}=0)", MaintenanceSettings.INTERVAL);
            return new Maintenance(null);
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("ara-maintenance").daemon(true).factory());
        long minutes = interval.get().toMinutes();
        scheduler.scheduleWithFixedDelay(() -> {
            run(admin.cleanUpGuests()::cleanUp);
            run(admin.cleanUpAuditLog()::cleanUp);
            run(admin.cleanUpReports()::cleanUp);
            more.forEach(Maintenance::run);
            deleteExpiredMailFiles(mail);
        }, minutes, minutes, TimeUnit.MINUTES);
        return new Maintenance(scheduler);
    }

    private static void run(Function<CleanUpCommand, CleanupView> cleanUp) {
        try {
            CleanupView view = cleanUp.apply(new CleanUpCommand(false, SCHEDULER));
            LOG.info("{}: deleted {}{}", view.job(), view.count(), view.more() ? " (more left for the next run)" : "");
        } catch (MaintenanceBusy e) {
            LOG.debug("{}: another instance runs it", e.job());
        } catch (RuntimeException e) {
            // The next run tries again; a scheduled task that throws would never run again.
            LOG.warn("retention clean-up failed", e);
        }
    }

    private static void deleteExpiredMailFiles(Mail mail) {
        try {
            int deleted = mail.deleteExpiredFiles();
            if (deleted > 0) {
                LOG.info("mail files: deleted {}", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("mail files clean-up failed", e);
        }
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
