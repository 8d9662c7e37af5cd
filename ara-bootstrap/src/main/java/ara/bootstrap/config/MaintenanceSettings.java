package ara.bootstrap.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How often the retention clean-ups run on their own ({@code ARA_MAINTENANCE_INTERVAL_MINUTES}, default 60; 0 turns
 * the schedule off, the admin routes and {@code bin/ara guest-cleanup} still work).
 *
 * @param interval the time between runs, empty when off
 */
public record MaintenanceSettings(Optional<Duration> interval) {
    public static final String INTERVAL = "ARA_MAINTENANCE_INTERVAL_MINUTES";

    static MaintenanceSettings from(ConfigSource source) {
        int minutes = source.integer(INTERVAL, 60, 0, 7 * 24 * 60);
        return new MaintenanceSettings(minutes == 0 ? Optional.empty() : Optional.of(Duration.ofMinutes(minutes)));
    }
}
