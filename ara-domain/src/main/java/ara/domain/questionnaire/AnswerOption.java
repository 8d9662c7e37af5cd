package ara.domain.questionnaire;

import java.util.List;
import java.util.Objects;

/**
 * Value object: one option of a select question.
 *
 * @param id        the option id, also the answer value that picks it
 * @param label     what the user reads
 * @param weight    its weight for scoring, at least 0
 * @param exclusive true for an answer such as "none" that cannot be combined with other options
 * @param synonyms  other words users say for this option ("GitHub Actions" for a CI/CD option), never shown; the
 *                  assistant matches messages against them and the label
 * @param unknown   true for the honest "I don't know" answer: it scores the lowest score, is listed as a knowledge
 *                  gap and yields its own recommendation (find out who owns the answer); exclusive in a multi select
 */
public record AnswerOption(String id, String label, double weight, boolean exclusive, List<String> synonyms,
                           boolean unknown) {
    public AnswerOption {
        Objects.requireNonNull(id, "option id");
        Objects.requireNonNull(label, "option label");
        if (id.isBlank()) {
            throw new IllegalArgumentException("option id must not be blank");
        }
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        for (String synonym : synonyms) {
            if (synonym.isBlank()) {
                throw new IllegalArgumentException("option " + id + ": synonyms must not be blank");
            }
        }
    }

    /** An option that is not "I don't know". */
    public AnswerOption(String id, String label, double weight, boolean exclusive, List<String> synonyms) {
        this(id, label, weight, exclusive, synonyms, false);
    }

    /** An option without synonyms. */
    public AnswerOption(String id, String label, double weight, boolean exclusive) {
        this(id, label, weight, exclusive, List.of());
    }

    public static AnswerOption of(String id, String label, double weight) {
        return new AnswerOption(id, label, weight, false);
    }

    public static AnswerOption exclusive(String id, String label, double weight) {
        return new AnswerOption(id, label, weight, true);
    }
}
