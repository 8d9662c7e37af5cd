package ara.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings: the outbox dispatcher of this instance.
 *
 * @param pollInterval how often the idle dispatcher looks for due events ({@code ARA_OUTBOX_POLL_INTERVAL}, default
 *                     1 s)
 */
public record OutboxSettings(Duration pollInterval) {
    public static final String POLL_INTERVAL = "ARA_OUTBOX_POLL_INTERVAL";

    public OutboxSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
    }

    static OutboxSettings from(ConfigSource source) {
        return new OutboxSettings(source.duration(POLL_INTERVAL, Duration.ofSeconds(1), Duration.ofMillis(10),
                Duration.ofMinutes(5)));
    }
}
