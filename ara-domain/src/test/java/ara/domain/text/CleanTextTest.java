package ara.domain.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The free-text rule: NFC out, and nothing invisible or broken in. */
class CleanTextTest {

    /** Any string of any UTF-16 units: either refused with a rule, or answered in NFC holding no forbidden unit. */
    @Property(tries = 2000)
    void answersNfcWithoutForbiddenUnitsOrRefusesNamingTheRule(@ForAll("units") String text) {
        for (CleanText.Lines lines : CleanText.Lines.values()) {
            try {
                String clean = CleanText.of(text, lines);
                assertThat(Normalizer.isNormalized(clean, Normalizer.Form.NFC)).isTrue();
                assertThat(forbiddenAt(clean, lines)).isEqualTo(-1);
                assertThat(CleanText.of(clean, lines)).isEqualTo(clean);
            } catch (TextRejected e) {
                assertThat(e.rule()).isIn(CleanText.LONE_SURROGATE, CleanText.CONTROL_CHARACTER,
                        CleanText.BIDI_CONTROL);
                assertThat(e.index()).isEqualTo(forbiddenAt(text, lines));
                assertThat(e.getMessage()).contains("U+");
            }
        }
    }

    /** Text without forbidden units is never refused, and keeps its meaning: NFC of the input, nothing else. */
    @Property(tries = 2000)
    void acceptsPrintableTextAndOnlyComposesIt(@ForAll("printable") String text) {
        assertThat(CleanText.of(text, CleanText.Lines.SINGLE)).isEqualTo(Normalizer.normalize(text,
                Normalizer.Form.NFC));
    }

    @Property
    void multiLineTextKeepsLineBreaksAndTabs(@ForAll @StringLength(max = 40) @CharRange(from = 'a', to = 'z')
                                             String word) {
        String text = word + "\r\n\t" + word;

        assertThat(CleanText.of(text, CleanText.Lines.MULTI)).isEqualTo(text);
        assertThatThrownBy(() -> CleanText.of(text, CleanText.Lines.SINGLE))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.rule())
                        .isEqualTo(CleanText.CONTROL_CHARACTER));
    }

    @Test
    void composesDecomposedLetters() {
        assertThat(CleanText.of("Cafe\u0301", CleanText.Lines.SINGLE)).isEqualTo("Caf\u00e9");
    }

    @Test
    void refusesEachForbiddenKindNamingTheRule() {
        assertThat(rule("a\u0000b")).isEqualTo(CleanText.CONTROL_CHARACTER);
        assertThat(rule("a\u0085b")).isEqualTo(CleanText.CONTROL_CHARACTER);
        assertThat(rule("a\u007Fb")).isEqualTo(CleanText.CONTROL_CHARACTER);
        assertThat(rule("abc\u202Egpj.exe")).isEqualTo(CleanText.BIDI_CONTROL);
        assertThat(rule("\u2066x\u2069")).isEqualTo(CleanText.BIDI_CONTROL);
        assertThat(rule("x\uD800")).isEqualTo(CleanText.LONE_SURROGATE);
        assertThat(rule("\uDC00x")).isEqualTo(CleanText.LONE_SURROGATE);
        assertThat(CleanText.of("emoji \uD83D\uDE00 pair", CleanText.Lines.SINGLE)).contains("\uD83D\uDE00");
    }

    private static String rule(String text) {
        try {
            CleanText.of(text, CleanText.Lines.MULTI);
            return "accepted";
        } catch (TextRejected e) {
            return e.rule();
        }
    }

    /** Strings mixing letters, combining marks, line breaks, controls, bidi controls and surrogate halves. */
    @Provide
    Arbitrary<String> units() {
        Arbitrary<Character> interesting = Arbitraries.of('a', 'e', '\u0301', '\u00e9', '\n', '\r', '\t', '\u0000',
                '\u001F', '\u007F', '\u0085', '\u009F', '\u00A0', '\u202A', '\u202E', '\u2066', '\u2069', '\u200E',
                '\uD83D', '\uDE00', '\uD800', '\uDFFF', '\uFEFF');
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, interesting),
                        net.jqwik.api.Tuple.of(1, Arbitraries.chars()))
                .list().ofMaxSize(30)
                .map(CleanTextTest::join);
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().withCharRange('\u0020', '\u007E').withCharRange('\u00A0', '\u202F')
                .withCharRange('\u3000', '\u30FF').ofMaxLength(60)
                .filter(s -> forbiddenAt(s, CleanText.Lines.SINGLE) == -1);
    }

    private static String join(java.util.List<Character> units) {
        StringBuilder text = new StringBuilder();
        units.forEach(text::append);
        return text.toString();
    }

    /** An independent statement of the rule: the index of the first forbidden unit, or -1. */
    private static int forbiddenAt(String text, CleanText.Lines lines) {
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairStart) {
                i++;
                continue;
            }
            boolean lineOrTab = c == '\t' || c == '\n' || c == '\r';
            boolean control = Character.getType(c) == Character.CONTROL && !(lines == CleanText.Lines.MULTI
                    && lineOrTab);
            boolean bidi = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".indexOf(c) >= 0;
            if (Character.isSurrogate(text.charAt(i)) || control || bidi) {
                return i;
            }
        }
        return -1;
    }
}
