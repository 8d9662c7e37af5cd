package ara.domain.text;

import java.util.Objects;

/** A text breaks {@link CleanText}'s rules; carries the rule's code and the offending character's position. */
public final class TextRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final int index;

    TextRejected(String rule, int index, String message) {
        super(message);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.index = index;
    }

    /**
     * The rule broken: {@link CleanText#LONE_SURROGATE}, {@link CleanText#CONTROL_CHARACTER} or
     * {@link CleanText#BIDI_CONTROL}.
     */
    public String rule() {
        return rule;
    }

    /** The index (in UTF-16 units) of the first character at fault. */
    public int index() {
        return index;
    }
}
