package ara.adapter.web.problem;

import ara.adapter.web.http.ReadLimits;
import org.eclipse.jetty.http.HttpException;

import java.io.EOFException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A request body that could not be read, whatever the handler reading it: the client's fault, never a 500 and never
 * Javalin's bare status without a body. Jetty fails the read with a timeout when the body stalls past the idle
 * timeout, the server with {@link BodyDeadlineExceeded} when the whole body takes longer than its deadline, Jetty
 * with a 400 for malformed chunked framing, and with an end-of-file when the client stops sending before the
 * declared length. Stateless.
 */
public final class BodyReadFailure {
    private static final int MAX_CAUSES = 10;

    private BodyReadFailure() {
    }

    /** The refusal to answer when {@code exception} (or one of its causes) is a failure to read the body. */
    public static Optional<RequestRejected> of(Throwable exception) {
        Throwable cause = exception;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof RequestRejected) {
                return Optional.empty();
            }
            if (cause instanceof BodyDeadlineExceeded late) {
                return Optional.of(new RequestRejected(ProblemType.REQUEST_TIMEOUT,
                        "the request body did not arrive within " + late.deadline().toSeconds()
                                + " s; send it at once", List.of()));
            }
            if (cause instanceof TimeoutException || cause instanceof HttpException http && http.getCode() == 408) {
                return Optional.of(new RequestRejected(ProblemType.REQUEST_TIMEOUT,
                        "the request body stopped arriving for longer than "
                                + ReadLimits.IDLE_TIMEOUT.toSeconds() + " s; send it at once",
                        List.of()));
            }
            if (cause instanceof HttpException http && http.getCode() == 413) {
                return Optional.of(new RequestRejected(ProblemType.CONTENT_TOO_LARGE,
                        "the request body is larger than this route accepts", List.of()));
            }
            if (cause instanceof HttpException || cause instanceof EOFException) {
                return Optional.of(new RequestRejected(ProblemType.BAD_REQUEST,
                        "the request body could not be read: it ended before its declared length or its chunked "
                                + "encoding is malformed", List.of()));
            }
        }
        return Optional.empty();
    }
}
