package ara.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: one step of the wizard and the questions it asks, in order. Immutable.
 *
 * @param skipIf the step (and all its questions) is skipped when this holds ({@code null}: never)
 */
public record Step(StepId id, String title, String description, int order, int estimatedMinutes,
                   List<Question> questions, Condition skipIf) {

    public Step {
        Objects.requireNonNull(id, "step id");
        Objects.requireNonNull(title, "step title");
        description = description == null ? "" : description;
        questions = List.copyOf(questions);
        if (estimatedMinutes < 0) {
            throw new IllegalArgumentException("step " + id + ": estimatedMinutes must be >= 0");
        }
    }

    public Optional<Condition> skippedWhen() {
        return Optional.ofNullable(skipIf);
    }
}
