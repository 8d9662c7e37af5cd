package ara.application.service.idempotency;

import ara.application.port.in.idempotency.IdempotencyKeyGuessable;
import ara.application.port.in.idempotency.IdempotencyKeyRejected;
import ara.application.port.in.idempotency.IdempotencyView;
import ara.application.port.in.idempotency.IdempotentRequestCommand;
import ara.application.port.in.idempotency.IdempotentRequestUseCase;
import ara.application.port.out.idempotency.IdempotencyClaim;
import ara.application.port.out.idempotency.IdempotencyKey;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.idempotency.StoredResponse;

import java.time.Duration;
import java.util.Objects;

/**
 * Idempotent requests over the {@link IdempotencyStore}: keys are kept for a fixed time (24 h in production) in
 * the caller's own scope; an anonymous caller's key must carry at least 128 bits. Immutable and thread-safe.
 */
public final class IdempotentRequestService implements IdempotentRequestUseCase {
    /** How long a key and its response are kept by default. */
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

    private final IdempotencyStore store;
    private final Duration retention;

    public IdempotentRequestService(IdempotencyStore store, Duration retention) {
        this.store = Objects.requireNonNull(store, "store");
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isZero() || retention.isNegative()) {
            throw new IllegalArgumentException("retention must be positive, got " + retention);
        }
    }

    @Override
    public IdempotencyView begin(IdempotentRequestCommand command) {
        check(command.key());
        if (command.anonymous()) {
            checkUnguessable(command.key());
        }
        IdempotencyClaim claim = store.begin(command.caller(), command.key(), command.fingerprint(), retention);
        return switch (claim) {
            case IdempotencyClaim.Started ignored -> new IdempotencyView.Started();
            case IdempotencyClaim.InFlight ignored -> new IdempotencyView.InFlight();
            case IdempotencyClaim.Mismatch ignored -> new IdempotencyView.Mismatch();
            case IdempotencyClaim.Replay replay -> new IdempotencyView.Replay(new IdempotencyView.Response(
                    replay.response().status(), replay.response().headers(), replay.response().body()));
        };
    }

    @Override
    public void complete(IdempotentRequestCommand command, IdempotencyView.Response response) {
        store.complete(command.caller(), command.key(),
                new StoredResponse(response.status(), response.headers(), response.body()));
    }

    @Override
    public void abandon(IdempotentRequestCommand command) {
        store.abandon(command.caller(), command.key());
    }

    /**
     * An anonymous caller's key is scoped to its client address only, which others may share (a NAT, a proxy): the
     * key itself must be the secret, at least {@value IdempotencyKeyGuessable#MINIMUM_BITS} bits.
     */
    private static void checkUnguessable(String key) {
        int bits = KeyStrength.bits(key);
        if (bits < IdempotencyKeyGuessable.MINIMUM_BITS) {
            throw new IdempotencyKeyGuessable(bits);
        }
    }

    /** A key is 1 to 255 visible ASCII characters (it travels in a header and is logged). */
    private static void check(String key) {
        if (key.isEmpty()) {
            throw new IdempotencyKeyRejected("required", "Idempotency-Key must not be empty");
        }
        if (key.length() > IdempotencyKey.MAX_LENGTH) {
            throw new IdempotencyKeyRejected("too_long", "Idempotency-Key must be at most "
                    + IdempotencyKey.MAX_LENGTH + " characters, got " + key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IdempotencyKeyRejected("invalid_format",
                        "Idempotency-Key must be visible ASCII characters without spaces");
            }
        }
    }
}
