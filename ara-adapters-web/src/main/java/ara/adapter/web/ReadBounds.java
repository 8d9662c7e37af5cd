package ara.adapter.web;

import ara.adapter.web.http.ReadLimits;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the server waits for a request to arrive: ARA runs with {@link #DEFAULT} ({@link ReadLimits}); tests of
 * the bounds use shorter ones. Immutable.
 *
 * @param idle              the connection's idle timeout (silence between two bytes)
 * @param header            the longest a request's header section may take once its first byte came
 * @param minBytesPerSecond the slowest average rate a request body may arrive at
 */
record ReadBounds(Duration idle, Duration header, long minBytesPerSecond) {
    static final ReadBounds DEFAULT = new ReadBounds(ReadLimits.IDLE_TIMEOUT, ReadLimits.HEADER_TIMEOUT,
            ReadLimits.MIN_REQUEST_BYTES_PER_SECOND);

    ReadBounds {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(header, "header");
        if (idle.isNegative() || idle.isZero() || header.isNegative() || header.isZero() || minBytesPerSecond < 0) {
            throw new IllegalArgumentException("read bounds must be positive");
        }
    }
}
