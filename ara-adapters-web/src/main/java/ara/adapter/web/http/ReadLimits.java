package ara.adapter.web.http;

import java.time.Duration;

/**
 * How long ARA waits for a request to arrive (documented in the README and docs/adr/0018): a slow client may hold a
 * connection only so long, so a few of them cannot tie up the server. The idle and header bounds are fixed; the body
 * deadline is a setting ({@code ARA_BODY_READ_SECONDS}) whose default is here. Constants only.
 */
public final class ReadLimits {
    /** A connection that sends nothing for this long (between requests, or within one) is closed. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The longest a request's line and header section may take to arrive once its first byte came; then 408. */
    public static final Duration HEADER_TIMEOUT = Duration.ofSeconds(20);

    /**
     * The default total time a request body may take to arrive, for each started {@link #BODY_DEADLINE_UNIT_BYTES}
     * of it: 60 s for a body of up to 64 KiB is an average of about 1.1 KiB/s (9 kbit/s), a quarter of what a phone
     * on a poor GPRS link sends; an autosave of a few hundred bytes that arrives a packet late is far inside it.
     */
    public static final Duration BODY_TIMEOUT = Duration.ofSeconds(60);
    /**
     * The body size the deadline is given for: a body declared larger gets the deadline once per started unit, so
     * the bound keeps the same average rate for every body the server accepts (ARA_MAX_REQUEST_BYTES may be raised
     * to 16 MiB). A chunked body, whose size is not declared, is given the deadline of the largest body accepted.
     */
    public static final long BODY_DEADLINE_UNIT_BYTES = 64 * 1024;

    private ReadLimits() {
    }
}
