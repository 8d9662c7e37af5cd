package ara.adapter.web.problem;

import ara.adapter.web.http.ReadLimits;
import org.eclipse.jetty.http.HttpException;

import java.io.EOFException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A request body that could not be read, whatever the handler reading it: the client's fault, never a 500. Jetty
 * fails the read with a timeout when the body stalls past the idle timeout, with a 408 when it trickles in slower than
 * the minimum data rate, with a 400 for malformed chunked framing, and with an end-of-file when the client stops
 * sending before the declared length. Immutable.
 *
 * @param type   the problem to answer
 * @param detail the sentence for the client (fixed: Jetty's messages are not echoed)
 */
record BodyReadFailure(ProblemType type, String detail) {
    private static final int MAX_CAUSES = 10;

    /** The failure {@code exception} (or one of its causes) reports, if it is one of reading the body. */
    static Optional<BodyReadFailure> of(Throwable exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof HttpException http && http.getCode() == 408) {
                return Optional.of(new BodyReadFailure(ProblemType.REQUEST_TIMEOUT,
                        "the request body arrived too slowly; send it at once, at more than "
                                + ReadLimits.MIN_REQUEST_BYTES_PER_SECOND + " bytes per second"));
            }
            if (cause instanceof HttpException http && http.getCode() == 413) {
                return Optional.of(new BodyReadFailure(ProblemType.CONTENT_TOO_LARGE,
                        "the request body is larger than this route accepts"));
            }
            if (cause instanceof HttpException || cause instanceof EOFException) {
                return Optional.of(new BodyReadFailure(ProblemType.BAD_REQUEST,
                        "the request body could not be read: it ended before its declared length or its chunked "
                                + "encoding is malformed"));
            }
        }
        return Optional.empty();
    }
}
