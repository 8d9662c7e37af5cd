package ara.adapter.web.http;

import java.time.Duration;

/**
 * How long ARA waits for a request to arrive (fixed, documented in the README and docs/adr/0018): a slow client may
 * hold a connection only so long, so a few of them cannot tie up the server. Constants only.
 */
public final class ReadLimits {
    /** A connection that sends nothing for this long (between requests, or within one) is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The longest a request's line and header section may take to arrive once its first byte came; then 408. */
    public static final Duration HEADER_TIMEOUT = Duration.ofSeconds(20);

    private ReadLimits() {
    }
}
