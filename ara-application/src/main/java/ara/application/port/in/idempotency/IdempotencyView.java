package ara.application.port.in.idempotency;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What {@link IdempotentRequestUseCase#begin} found for a key. */
public sealed interface IdempotencyView {

    /** The key is this request's now: run it, then complete or abandon the key. */
    record Started() implements IdempotencyView {
    }

    /** The same request completed before: answer with its response. */
    record Replay(Response response) implements IdempotencyView {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }

    /** The same request is still running (another attempt holds the key). */
    record InFlight() implements IdempotencyView {
    }

    /** The key was used before for a different request. */
    record Mismatch() implements IdempotencyView {
    }

    /**
     * A response kept for a key, handed from the store to the web adapter and back. Immutable (copies in and out);
     * a carrier, not a value: compared by identity.
     *
     * @param status  the status code
     * @param headers the headers to replay
     * @param body    the body
     */
    record Response(int status, Map<String, String> headers, byte[] body) {
        public Response {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(headers, "headers")));
            body = Objects.requireNonNull(body, "body").clone();
        }

        @Override
        public byte[] body() {
            return body.clone();
        }
    }
}
