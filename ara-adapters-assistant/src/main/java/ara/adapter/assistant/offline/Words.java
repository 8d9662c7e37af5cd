package ara.adapter.assistant.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into lower-case words for matching and ranking; drops stop words for ranking. Stateless. */
final class Words {
    private static final Set<String> STOP = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "do", "does",
            "for", "from", "has", "have", "how", "i", "in", "is", "it", "its", "my", "of", "on", "or", "our", "so",
            "that", "the", "this", "to", "we", "what", "which", "with", "you", "your", "can", "me", "us", "about",
            "should", "would", "there", "their", "they", "them", "was", "were", "will");

    private Words() {
    }

    /** Every word, lower case, accents removed (for phrase matching). */
    static List<String> all(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The words that carry meaning, lightly stemmed (for ranking). */
    static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : all(text)) {
            if (!STOP.contains(word)) {
                terms.add(stem(word));
            }
        }
        return terms;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
