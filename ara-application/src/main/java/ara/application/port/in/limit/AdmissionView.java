package ara.application.port.in.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * The state of one rate limit after a request was admitted or refused.
 *
 * @param scope      the limit that was checked
 * @param limit      requests per period
 * @param period     the period, e.g. one minute
 * @param remaining  requests that would still be admitted now, 0 to {@code limit}
 * @param resetAfter time until the full allowance is back
 * @param retryAfter time until the next request can be admitted; zero when this one was
 */
public record AdmissionView(AdmitRequestCommand.Scope scope, int limit, Duration period, int remaining,
                            Duration resetAfter, Duration retryAfter) {
    public AdmissionView {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(resetAfter, "resetAfter");
        Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** Whether the request was admitted. */
    public boolean admitted() {
        return retryAfter.isZero();
    }

    /** {@link #retryAfter} in whole seconds, rounded up, at least 1 for a refused request. */
    public long retryAfterSeconds() {
        return admitted() ? 0 : Math.max(1, ceilSeconds(retryAfter));
    }

    /** {@link #resetAfter} in whole seconds, rounded up. */
    public long resetAfterSeconds() {
        return ceilSeconds(resetAfter);
    }

    private static long ceilSeconds(Duration duration) {
        long seconds = duration.toSeconds();
        return duration.toNanosPart() > 0 ? seconds + 1 : seconds;
    }
}
