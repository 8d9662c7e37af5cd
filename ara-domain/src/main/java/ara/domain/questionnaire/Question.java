package ara.domain.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: one question of a questionnaire. Immutable; the options list is a copy.
 *
 * <p>Each field is checked on its own here; how the fields fit together and with the rest of the questionnaire is
 * checked by {@link QuestionnaireDefinition} (which names the question in its message).
 *
 * @param id          unique within the questionnaire
 * @param step        the step that asks it
 * @param type        the kind of answer it takes
 * @param title       the question as the user reads it
 * @param description more context (may be empty)
 * @param helpText    help shown beside the question (may be empty)
 * @param required    whether a visible question must be answered before the audit can be submitted
 * @param options     the options of a select question, in display order (empty for other types)
 * @param validation  limits on the answer
 * @param pillar      the pillar it scores into, or {@code null} for a question that is not scored
 * @param showIf      shown only when this holds ({@code null}: always)
 * @param hideIf      hidden when this holds, whatever {@code showIf} says ({@code null}: never)
 * @param advice      improvement advice for a low score, or {@code null}
 * @param context     true for a question that only describes the organisation (size, industry): it may choose the
 *                    scoring profile, cohorts and advice, and may score, but it is never listed as a strength, a
 *                    gap or a recommendation
 * @param references  the public framework items the question rests on, in display order
 */
public record Question(QuestionId id, StepId step, QuestionType type, String title, String description,
                       String helpText, boolean required, List<AnswerOption> options, Validation validation,
                       PillarId pillar, Condition showIf, Condition hideIf, Advice advice, boolean context,
                       List<Reference> references) {

    public Question {
        Objects.requireNonNull(id, "question id");
        Objects.requireNonNull(step, "question step");
        Objects.requireNonNull(type, "question type");
        Objects.requireNonNull(title, "question title");
        description = description == null ? "" : description;
        helpText = helpText == null ? "" : helpText;
        options = options == null ? List.of() : List.copyOf(options);
        validation = validation == null ? Validation.none() : validation;
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A question that is not context and cites no framework (format version 1). */
    public Question(QuestionId id, StepId step, QuestionType type, String title, String description,
                    String helpText, boolean required, List<AnswerOption> options, Validation validation,
                    PillarId pillar, Condition showIf, Condition hideIf, Advice advice) {
        this(id, step, type, title, description, helpText, required, options, validation, pillar, showIf, hideIf,
                advice, false, List.of());
    }

    /** The option flagged as "I don't know", if the question offers one. */
    public Optional<AnswerOption> unknownOption() {
        return options.stream().filter(AnswerOption::unknown).findFirst();
    }

    public Optional<AnswerOption> option(String optionId) {
        for (AnswerOption option : options) {
            if (option.id().equals(optionId)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    public Optional<PillarId> scoredPillar() {
        return Optional.ofNullable(pillar);
    }

    public Optional<Condition> shownWhen() {
        return Optional.ofNullable(showIf);
    }

    public Optional<Condition> hiddenWhen() {
        return Optional.ofNullable(hideIf);
    }

    public Optional<Advice> improvementAdvice() {
        return Optional.ofNullable(advice);
    }

    /** The lowest allowed number: the validation's, else 0 for percentages and scales from 1, else none. */
    public double minimum() {
        return validation.minValue().orElse(type == QuestionType.SCALE_RATING ? 1 : 0);
    }

    /** The highest allowed number: the validation's, else 100 for percentages and 10 for scales. */
    public double maximum() {
        return validation.maxValue().orElse(type == QuestionType.PERCENTAGE ? 100 : 10);
    }
}
