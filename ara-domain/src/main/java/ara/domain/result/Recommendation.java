package ara.domain.result;

import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.QuestionId;
import java.util.Locale;
import java.util.Objects;

/**
 * Value object: advice for a question that scored below {@link ResultAssembler#RECOMMEND_BELOW}, or, for a
 * question answered "I don't know", the advice to find out.
 *
 * @param impact {@code r2((10 − q) × w × W_pillar)}
 * @param window the roadmap window it is placed in
 * @param kind   {@link Kind#IMPROVE} for a question's own advice, {@link Kind#FIND_OUT} for a knowledge gap
 */
public record Recommendation(QuestionId question, PillarId pillar, String title, String description, Effort effort,
                             String expectedImpact, double impact, Priority priority, RoadmapWindow window,
                             Kind kind) {

    /** What a recommendation asks for. */
    public enum Kind {
        /** Act on the question's advice. */
        IMPROVE,
        /** Find out who owns the answer and what it is (the question was answered "I don't know"). */
        FIND_OUT;

        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public Recommendation {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(kind, "kind");
    }

    /** A result version 1 recommendation: the question's advice, in the window of its priority. */
    public Recommendation(QuestionId question, PillarId pillar, String title, String description, Effort effort,
                          String expectedImpact, double impact, Priority priority) {
        this(question, pillar, title, description, effort, expectedImpact, impact, priority, priority.window(),
                Kind.IMPROVE);
    }

    /** The roadmap window, e.g. "days 1-30". */
    public String horizon() {
        return window.horizon();
    }
}
