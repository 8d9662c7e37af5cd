package ara.domain.chat;

import java.util.Locale;

/** Who wrote a chat message. */
public enum ChatRole {
    USER, ASSISTANT;

    /** The stable lower-case name ({@code user}, {@code assistant}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static ChatRole of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
