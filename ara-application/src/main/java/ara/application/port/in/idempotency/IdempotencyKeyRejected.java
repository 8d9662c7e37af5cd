package ara.application.port.in.idempotency;

/** An {@code Idempotency-Key} that cannot be used (blank, too long, or with characters outside visible ASCII). */
public final class IdempotencyKeyRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public IdempotencyKeyRejected(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** The rule broken: {@code required}, {@code too_long} or {@code invalid_format}. */
    public String rule() {
        return rule;
    }
}
