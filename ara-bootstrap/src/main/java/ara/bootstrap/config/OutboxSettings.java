package ara.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings: the outbox dispatcher of this instance.
 *
 * @param pollInterval        how often the idle dispatcher looks for due events ({@code ARA_OUTBOX_POLL_INTERVAL},
 *                            default 1 s)
 * @param webhookAllowPrivate whether webhooks may go to private addresses and over plain http
 *                            ({@code ARA_WEBHOOK_ALLOW_PRIVATE}, default false: https to public addresses only)
 */
public record OutboxSettings(Duration pollInterval, boolean webhookAllowPrivate) {
    public static final String POLL_INTERVAL = "ARA_OUTBOX_POLL_INTERVAL";
    public static final String WEBHOOK_ALLOW_PRIVATE = "ARA_WEBHOOK_ALLOW_PRIVATE";

    public OutboxSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
    }

    static OutboxSettings from(ConfigSource source) {
        return new OutboxSettings(source.duration(POLL_INTERVAL, Duration.ofSeconds(1), Duration.ofMillis(10),
                Duration.ofMinutes(5)), source.flag(WEBHOOK_ALLOW_PRIVATE, false));
    }
}
