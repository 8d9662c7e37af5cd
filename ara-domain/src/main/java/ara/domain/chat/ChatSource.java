package ara.domain.chat;

import java.util.Locale;

/** Which assistant wrote a reply: the configured language model or the embedded offline assistant. */
public enum ChatSource {
    LLM, OFFLINE;

    /** The stable lower-case name ({@code llm}, {@code offline}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static ChatSource of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
