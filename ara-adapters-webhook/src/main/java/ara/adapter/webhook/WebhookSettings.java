package ara.adapter.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings: how webhooks are delivered. Immutable.
 *
 * @param allowPrivate     whether private addresses and plain {@code http} may be called ({@code ARA_WEBHOOK_ALLOW_PRIVATE})
 * @param connectTimeout   how long connecting may take
 * @param responseTimeout  how long the receiver may take to answer once connected
 * @param maxResponseBytes how much of an answer's body is read at most
 */
public record WebhookSettings(boolean allowPrivate, Duration connectTimeout, Duration responseTimeout,
                              int maxResponseBytes) {
    public WebhookSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero()
                || responseTimeout.isNegative() || responseTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxResponseBytes < 0) {
            throw new IllegalArgumentException("maxResponseBytes must not be negative");
        }
    }

    /** Connect 3 s, answer 10 s, at most 4 KiB of the answer read. */
    public static WebhookSettings defaults(boolean allowPrivate) {
        return new WebhookSettings(allowPrivate, Duration.ofSeconds(3), Duration.ofSeconds(10), 4096);
    }
}
