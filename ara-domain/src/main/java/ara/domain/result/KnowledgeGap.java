package ara.domain.result;

import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import java.util.Objects;

/**
 * Value object: a visible question answered "I don't know". It scores the lowest score and is listed apart from
 * the gaps, because the first thing to do about it is to find out.
 *
 * @param pillar the pillar the question scores into, or {@code null} for a question that is not scored
 */
public record KnowledgeGap(QuestionId question, PillarId pillar, String title) {
    public KnowledgeGap {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(title, "title");
    }
}
