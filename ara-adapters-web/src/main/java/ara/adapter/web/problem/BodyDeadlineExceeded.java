package ara.adapter.web.problem;

import java.io.Serial;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * A request body that did not arrive in full within its deadline (docs/adr/0018): the failure the server gives the
 * body's reader, answered {@code 408} by {@link BodyReadFailure}. A timeout, so that anything treating Jetty's own
 * read timeouts as the client's fault treats this one alike. Immutable.
 */
public final class BodyDeadlineExceeded extends TimeoutException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The deadline the body missed. */
    private final transient Duration deadline;

    public BodyDeadlineExceeded(Duration deadline) {
        super("the request body did not arrive within " + Objects.requireNonNull(deadline, "deadline").toSeconds()
                + " s");
        this.deadline = deadline;
    }

    /** The deadline the body missed. */
    public Duration deadline() {
        return deadline;
    }
}
