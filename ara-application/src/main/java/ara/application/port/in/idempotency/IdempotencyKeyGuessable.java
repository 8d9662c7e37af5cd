package ara.application.port.in.idempotency;

/**
 * An anonymous caller's {@code Idempotency-Key} that carries fewer than
 * {@value #MINIMUM_BITS} bits: anyone behind the same address who guessed it could replay the response (a guest
 * token included).
 */
public final class IdempotencyKeyGuessable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The least an anonymous key must carry. */
    public static final int MINIMUM_BITS = 128;

    /** The rule broken, as a client sees it in the problem's {@code errors[0].rule}. */
    public static final String RULE = "min_entropy_128_bits";

    private final int bits;

    public IdempotencyKeyGuessable(int bits) {
        super("an anonymous Idempotency-Key must carry at least " + MINIMUM_BITS + " random bits: 22 or more"
                + " characters of [A-Za-z0-9_-], or 32 or more hex digits (not a UUID, whose 122 random bits are"
                + " fewer); this key counts " + bits + " bits");
        this.bits = bits;
    }

    /** The bits the key was counted at. */
    public int bits() {
        return bits;
    }
}
