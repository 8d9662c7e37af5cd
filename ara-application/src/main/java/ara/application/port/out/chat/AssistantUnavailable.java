package ara.application.port.out.chat;

import java.io.Serial;

/** An assistant could not answer: unreachable, failing, too slow or its circuit breaker is open. */
public final class AssistantUnavailable extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public AssistantUnavailable(String message) {
        super(message);
    }

    public AssistantUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
