package ara.adapter.identity.jwt;

import java.time.Duration;
import java.util.Objects;

/**
 * How keys fetched from a JWKS URL are cached and refreshed.
 *
 * @param timeToLive         how long a fetched key set is used before it is fetched again
 * @param refreshTimeout     how long a verification waits for a fetch that another thread started
 * @param refreshAhead       how long before expiry a verification triggers a background refresh
 * @param minRefreshInterval at most two fetches per interval, so tokens with unknown key ids cannot flood the
 *                           identity provider (a token whose key is unknown within it is rejected as such)
 * @param httpTimeout        connect and read timeout of each fetch
 */
public record JwksCacheSettings(Duration timeToLive, Duration refreshTimeout, Duration refreshAhead,
        Duration minRefreshInterval, Duration httpTimeout) {

    /** Five minutes' cache, refresh 30 s ahead, at most two fetches per 30 s, 2 s HTTP timeouts. */
    public static final JwksCacheSettings DEFAULT = new JwksCacheSettings(Duration.ofMinutes(5),
            Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(30), Duration.ofSeconds(2));

    public JwksCacheSettings {
        positive(timeToLive, "timeToLive");
        positive(refreshTimeout, "refreshTimeout");
        positive(refreshAhead, "refreshAhead");
        positive(minRefreshInterval, "minRefreshInterval");
        positive(httpTimeout, "httpTimeout");
        if (refreshAhead.plus(refreshTimeout).compareTo(timeToLive) > 0) {
            throw new IllegalArgumentException("refreshAhead + refreshTimeout must not exceed timeToLive");
        }
        if (minRefreshInterval.compareTo(timeToLive) >= 0) {
            throw new IllegalArgumentException("minRefreshInterval must be shorter than timeToLive");
        }
        if (httpTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("httpTimeout is too long");
        }
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
