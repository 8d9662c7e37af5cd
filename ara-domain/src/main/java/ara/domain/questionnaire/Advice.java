package ara.domain.questionnaire;

import java.util.Objects;

/**
 * Value object: the improvement advice a question carries, turned into a recommendation when its score is low.
 *
 * @param title          short imperative title
 * @param description    what to do and why
 * @param effort         how much work it takes
 * @param expectedImpact what improves when it is done, in words
 */
public record Advice(String title, String description, Effort effort, String expectedImpact) {
    public Advice {
        Objects.requireNonNull(title, "advice title");
        Objects.requireNonNull(description, "advice description");
        Objects.requireNonNull(effort, "advice effort");
        Objects.requireNonNull(expectedImpact, "advice expectedImpact");
    }
}
