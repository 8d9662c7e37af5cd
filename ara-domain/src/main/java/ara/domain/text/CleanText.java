package ara.domain.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for free text a client sends (organisation names, answers, chat messages, emails…), applied before the
 * text reaches any store so that every store and cache keeps the same characters: composed to Unicode NFC (so that
 * "é" typed two ways is one name), and refused when it holds a lone surrogate (which MariaDB would store as
 * {@code ?} while a cache kept the original), a control character (NUL, C0, DEL, C1; tab, line feed and carriage
 * return only in {@link Lines#MULTI} text) or a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069),
 * which can make a name display as something it is not. Stateless.
 */
public final class CleanText {
    /** The rule code of a high surrogate without its low half, or a low one without its high half. */
    public static final String LONE_SURROGATE = "lone_surrogate";
    /** The rule code of NUL and the other C0 and C1 control characters, and DEL. */
    public static final String CONTROL_CHARACTER = "control_character";
    /** The rule code of the bidirectional embeddings, overrides and isolates. */
    public static final String BIDI_CONTROL = "bidi_control";

    /** Whether line breaks and tabs are allowed. */
    public enum Lines {
        /** Names, emails, ids, colours: one line, no tab. */
        SINGLE,
        /** Free prose (text answers, chat messages): tab, line feed and carriage return allowed. */
        MULTI
    }

    private CleanText() {
    }

    /**
     * The text in NFC.
     *
     * @throws TextRejected naming the first character at fault and the rule it breaks
     */
    public static String of(String text, Lines lines) {
        check(text, lines);
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void check(String text, Lines lines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw rejected(LONE_SURROGATE, i, c, "a lone surrogate (half of a character)");
            }
            if (Character.isLowSurrogate(c)) {
                throw rejected(LONE_SURROGATE, i, c, "a lone surrogate (half of a character)");
            }
            if (isControl(c, lines)) {
                throw rejected(CONTROL_CHARACTER, i, c, lines == Lines.SINGLE && isLineOrTab(c)
                        ? "a line break or tab, which this one-line text cannot hold" : "a control character");
            }
            if (isBidiControl(c)) {
                throw rejected(BIDI_CONTROL, i, c, "a bidirectional override or isolate");
            }
        }
    }

    private static boolean isControl(char c, Lines lines) {
        boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
        return control && !(lines == Lines.MULTI && isLineOrTab(c));
    }

    private static boolean isLineOrTab(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static TextRejected rejected(String rule, int index, char c, String what) {
        return new TextRejected(rule, index, String.format(Locale.ROOT, "holds %s (U+%04X) at character %d", what,
                (int) c, index + 1));
    }
}
