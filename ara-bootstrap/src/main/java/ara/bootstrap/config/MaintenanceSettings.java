package ara.bootstrap.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How long finished reports are kept, and how often the retention clean-ups run on their own ({@code ARA_MAINTENANCE_INTERVAL_MINUTES}, default 60; 0 turns
 * the schedule off, the admin routes and {@code bin/ara guest-cleanup} still work).
 *
 * @param interval        the time between runs, empty when off
 * @param reportRetention how long a finished report is kept ({@code ARA_REPORT_RETENTION_DAYS}, default 365)
 */
public record MaintenanceSettings(Optional<Duration> interval, Duration reportRetention) {
    public static final String INTERVAL = "ARA_MAINTENANCE_INTERVAL_MINUTES";
    public static final String REPORT_RETENTION = "ARA_REPORT_RETENTION_DAYS";

    static MaintenanceSettings from(ConfigSource source) {
        int minutes = source.integer(INTERVAL, 60, 0, 7 * 24 * 60);
        int reportDays = source.integer(REPORT_RETENTION, 365, 1, 3_650);
        return new MaintenanceSettings(minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes)),
                Duration.ofDays(reportDays));
    }
}
