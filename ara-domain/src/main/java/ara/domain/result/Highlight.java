package ara.domain.result;

/**
 * Value object: a strength or a gap: a pillar or a question and its percent of the maximum.
 *
 * @param kind    "pillar" or "question"
 * @param id      the pillar or question id
 * @param title   what people read
 * @param percent its score as a percent of its maximum
 */
public record Highlight(String kind, String id, String title, double percent) {
    public static final String PILLAR = "pillar";
    public static final String QUESTION = "question";
}
