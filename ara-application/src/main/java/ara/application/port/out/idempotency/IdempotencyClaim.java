package ara.application.port.out.idempotency;

import java.util.Objects;

/** What {@link IdempotencyStore#begin} found for a key: the caller owns it now, or it was seen before. */
public sealed interface IdempotencyClaim {

    /** The key was new (or expired or abandoned): the caller owns it and must complete or abandon it. */
    record Started() implements IdempotencyClaim {
    }

    /** The same request completed before: answer with its response. */
    record Replay(StoredResponse response) implements IdempotencyClaim {
        public Replay {
            Objects.requireNonNull(response, "response");
        }
    }

    /** The same request is still being handled by another caller. */
    record InFlight() implements IdempotencyClaim {
    }

    /** The key was used for a different request (another fingerprint). */
    record Mismatch() implements IdempotencyClaim {
    }
}
