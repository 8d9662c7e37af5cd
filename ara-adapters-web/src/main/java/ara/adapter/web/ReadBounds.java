package ara.adapter.web;

import ara.adapter.web.http.ReadLimits;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the server waits for a request to arrive: ARA runs with {@link #DEFAULT} ({@link ReadLimits}); tests of
 * the bounds use shorter ones. The third bound, the body deadline, is a setting
 * ({@link WebSettings#bodyReadTimeout()}, {@code ARA_BODY_READ_SECONDS}), enforced by {@link BodyDeadline}.
 * Immutable.
 *
 * @param idle              the connection's idle timeout (silence between two bytes)
 * @param header            the longest a request's header section may take once its first byte came
 */
record ReadBounds(Duration idle, Duration header) {
    static final ReadBounds DEFAULT = new ReadBounds(ReadLimits.IDLE_TIMEOUT, ReadLimits.HEADER_TIMEOUT);

    ReadBounds {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(header, "header");
        if (idle.isNegative() || idle.isZero() || header.isNegative() || header.isZero()) {
            throw new IllegalArgumentException("read bounds must be positive");
        }
    }
}
