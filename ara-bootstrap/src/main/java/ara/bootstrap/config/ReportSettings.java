package ara.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings: the report pipeline: the bounded pool of render workers and how jobs are retried, leased and linked.
 *
 * @param workers      render workers in this process ({@code ARA_REPORT_WORKERS}, default: the number of cores)
 * @param linkTtl      how long a download link works ({@code ARA_REPORT_LINK_TTL}, default 7 days, at most 7 days)
 * @param maxAttempts  attempts before a job fails ({@code ARA_REPORT_MAX_ATTEMPTS}, default 5)
 * @param retryDelay   the wait after the first failed attempt, doubling after each further one up to 5 minutes
 *                     ({@code ARA_REPORT_RETRY_DELAY}, default 5 s)
 * @param lease        how long a worker holds a job before another may take it over ({@code ARA_REPORT_LEASE},
 *                     default 2 minutes)
 * @param pollInterval how often an idle worker looks for due jobs ({@code ARA_REPORT_POLL_INTERVAL}, default 500 ms)
 */
public record ReportSettings(int workers, Duration linkTtl, int maxAttempts, Duration retryDelay, Duration lease,
                             Duration pollInterval) {
    /** The longest wait between two attempts. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(5);

    public ReportSettings {
        Objects.requireNonNull(linkTtl, "linkTtl");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
    }

    static ReportSettings from(ConfigSource source) {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ReportSettings(
                source.integer("ARA_REPORT_WORKERS", cores, 0, 256),
                source.duration("ARA_REPORT_LINK_TTL", Duration.ofDays(7), Duration.ofSeconds(1), Duration.ofDays(7)),
                source.integer("ARA_REPORT_MAX_ATTEMPTS", 5, 1, 100),
                source.duration("ARA_REPORT_RETRY_DELAY", Duration.ofSeconds(5), Duration.ofMillis(10),
                        MAX_RETRY_DELAY),
                source.duration("ARA_REPORT_LEASE", Duration.ofMinutes(2), Duration.ofSeconds(1), Duration.ofHours(1)),
                source.duration("ARA_REPORT_POLL_INTERVAL", Duration.ofMillis(500), Duration.ofMillis(10),
                        Duration.ofMinutes(1)));
    }
}
