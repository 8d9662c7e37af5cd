package ara.domain.questionnaire;

import java.util.Objects;

/**
 * Value object: the item of a public framework a question rests on, for example {@code ("nist-ai-rmf", "GOVERN
 * 1.2")} or {@code ("eu-ai-act", "Art. 14")}.
 *
 * @param source the id of a {@link Source} declared by the questionnaire
 * @param item   the framework's own identifier of the item (function and category, clause, article, risk id)
 */
public record Reference(String source, String item) {
    public Reference {
        Objects.requireNonNull(source, "reference source");
        Objects.requireNonNull(item, "reference item");
        if (source.isBlank() || item.isBlank()) {
            throw new IllegalArgumentException("a reference needs a source and an item");
        }
    }
}
