package ara.domain.report;

/** A logo upload breaks one of the rules for logos; {@link #rule()} says which, the message says how. */
public final class LogoRejected extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The rule a logo broke. */
    public enum Rule {
        /** No bytes at all. */
        EMPTY,
        /** Larger than {@link Logo#MAX_BYTES}. */
        TOO_LARGE,
        /** Neither PNG nor JPEG by its content. */
        UNSUPPORTED_FORMAT,
        /** Starts like a PNG or JPEG but cannot be decoded as one. */
        UNREADABLE,
        /** Decodes, but its width or height is outside what a logo can be. */
        BAD_DIMENSIONS
    }

    private final Rule rule;

    public LogoRejected(Rule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
