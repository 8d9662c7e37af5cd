package ara.domain.questionnaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A published, versioned questionnaire: its steps in order, their questions, the pillars and the cross-question
 * warnings. Immutable and thread-safe.
 *
 * <p>It validates itself when built ({@link #of}) and rejects a broken definition with an
 * {@link InvalidQuestionnaire} naming the offending element: ids are unique, every question sits in exactly one
 * step, referenced pillars, questions and options exist, weights are at least 0, a select has options,
 * min &lt; max, and a rule reads only questions asked before the element it governs (so rules can never form a
 * cycle).
 */
public final class QuestionnaireDefinition {

    private final QuestionnaireId id;
    private final int version;
    private final String title;
    private final String description;
    private final int estimatedMinutes;
    private final List<Step> steps;
    private final List<Pillar> pillars;
    private final List<CrossCheck> crossChecks;
    private final List<Source> sources;
    private final List<Question> questions;
    private final Map<QuestionId, Question> questionsById;
    private final Map<QuestionId, Integer> positions;
    private final Map<PillarId, Pillar> pillarsById;

    private QuestionnaireDefinition(QuestionnaireId id, int version, String title, String description,
                                    int estimatedMinutes, List<Step> steps, List<Pillar> pillars,
                                    List<CrossCheck> crossChecks, List<Source> sources) {
        this.id = id;
        this.sources = sources;
        this.version = version;
        this.title = title;
        this.description = description;
        this.estimatedMinutes = estimatedMinutes;
        this.steps = steps;
        this.pillars = pillars;
        this.crossChecks = crossChecks;
        List<Question> all = new ArrayList<>();
        Map<QuestionId, Question> byId = new LinkedHashMap<>();
        Map<QuestionId, Integer> index = new HashMap<>();
        for (Step step : steps) {
            for (Question question : step.questions()) {
                index.put(question.id(), all.size());
                all.add(question);
                byId.put(question.id(), question);
            }
        }
        this.questions = List.copyOf(all);
        this.questionsById = Collections.unmodifiableMap(byId);
        this.positions = Map.copyOf(index);
        Map<PillarId, Pillar> pillarIndex = new LinkedHashMap<>();
        pillars.forEach(p -> pillarIndex.put(p.id(), p));
        this.pillarsById = Collections.unmodifiableMap(pillarIndex);
    }

    /**
     * Builds and validates a definition. Steps are ordered by their {@code order}.
     *
     * @throws InvalidQuestionnaire naming the first broken element
     */
    public static QuestionnaireDefinition of(QuestionnaireId id, int version, String title, String description,
                                             int estimatedMinutes, List<Step> steps, List<Pillar> pillars,
                                             List<CrossCheck> crossChecks) {
        return of(id, version, title, description, estimatedMinutes, steps, pillars, crossChecks, List.of());
    }

    /**
     * Builds and validates a definition whose questions may cite the public frameworks in {@code sources}.
     *
     * @throws InvalidQuestionnaire naming the first broken element
     */
    public static QuestionnaireDefinition of(QuestionnaireId id, int version, String title, String description,
                                             int estimatedMinutes, List<Step> steps, List<Pillar> pillars,
                                             List<CrossCheck> crossChecks, List<Source> sources) {
        Objects.requireNonNull(id, "questionnaire id");
        String where = "questionnaire " + id + " v" + version;
        require(version >= 1, where + ": version must be >= 1");
        require(title != null && !title.isBlank(), where + ": title must not be blank");
        require(estimatedMinutes >= 0, where + ": estimatedMinutes must be >= 0");
        require(steps != null && !steps.isEmpty(), where + ": needs at least one step");
        require(pillars != null && !pillars.isEmpty(), where + ": needs at least one pillar");
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(Step::order));
        QuestionnaireDefinition definition = new QuestionnaireDefinition(id, version, title,
                description == null ? "" : description, estimatedMinutes, List.copyOf(ordered),
                List.copyOf(pillars), crossChecks == null ? List.of() : List.copyOf(crossChecks),
                sources == null ? List.of() : List.copyOf(sources));
        new DefinitionChecker(definition, where).check();
        return definition;
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidQuestionnaire(message);
        }
    }

    public QuestionnaireId id() {
        return id;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public int estimatedMinutes() {
        return estimatedMinutes;
    }

    /** Steps in wizard order. */
    public List<Step> steps() {
        return steps;
    }

    public List<Pillar> pillars() {
        return pillars;
    }

    public List<CrossCheck> crossChecks() {
        return crossChecks;
    }

    /** The public frameworks its questions cite, in display order (empty for a format version 1 file). */
    public List<Source> sources() {
        return sources;
    }

    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /** Every question, in wizard order (step by step). */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(QuestionId questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Optional<Pillar> pillar(PillarId pillarId) {
        return Optional.ofNullable(pillarsById.get(pillarId));
    }

    public Optional<Step> step(StepId stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The question's place in wizard order (0-based), or -1 for an unknown question. */
    public int position(QuestionId questionId) {
        Integer position = positions.get(questionId);
        return position == null ? -1 : position;
    }

    /**
     * Checks that a rule written against this questionnaire (for example a scoring profile's selection rule) reads
     * only questions and options that exist.
     *
     * @throws InvalidQuestionnaire naming {@code element} and the unknown question or option
     */
    public void requireKnown(Condition rule, String element) {
        String where = "questionnaire " + id + " v" + version;
        rule.comparisons().forEach(comparison -> {
            Question read = question(comparison.question()).orElseThrow(() -> new InvalidQuestionnaire(
                    where + ": " + element + " refers to unknown question " + comparison.question()));
            if (read.type().isSelect()) {
                List<String> named = switch (comparison.operand()) {
                    case Operand.Text text -> List.of(text.value());
                    case Operand.TextList list -> list.values();
                    default -> List.of();
                };
                for (String option : named) {
                    require(read.option(option).isPresent(), where + ": " + element + " refers to unknown option "
                            + option + " of question " + read.id());
                }
            }
        });
    }

    @Override
    public String toString() {
        return "QuestionnaireDefinition[" + id + " v" + version + ", " + questions.size() + " questions]";
    }

    /** The cross-element checks, kept apart from the accessors for readability. */
    private static final class DefinitionChecker {
        private final QuestionnaireDefinition definition;
        private final String where;

        DefinitionChecker(QuestionnaireDefinition definition, String where) {
            this.definition = definition;
            this.where = where;
        }

        void check() {
            Set<String> sourceIds = new HashSet<>();
            for (Source source : definition.sources) {
                require(sourceIds.add(source.id()), where + ": source " + source.id() + " is defined twice");
            }
            Set<PillarId> pillarIds = new HashSet<>();
            for (Pillar pillar : definition.pillars) {
                require(pillarIds.add(pillar.id()), where + ": pillar " + pillar.id() + " is defined twice");
            }
            Set<StepId> stepIds = new HashSet<>();
            Set<Integer> orders = new HashSet<>();
            Set<QuestionId> questionIds = new HashSet<>();
            for (Step step : definition.steps) {
                require(stepIds.add(step.id()), where + ": step " + step.id() + " is defined twice");
                require(orders.add(step.order()), where + ": step " + step.id() + " has the same order ("
                        + step.order() + ") as another step");
                for (Question question : step.questions()) {
                    require(questionIds.add(question.id()), where + ": question " + question.id()
                            + " appears more than once (every question belongs to exactly one step)");
                    require(question.step().equals(step.id()), where + ": question " + question.id()
                            + " says it belongs to step " + question.step() + " but is listed in step " + step.id());
                    checkQuestion(question);
                }
            }
            // A skip rule may read the questions of earlier steps only: those before this step's first place in
            // wizard order (also for a step without questions).
            int firstOfStep = 0;
            for (Step step : definition.steps) {
                int limit = firstOfStep;
                step.skippedWhen().ifPresent(rule -> checkRule(rule, limit,
                        "step " + step.id() + " skip_if", "a question of an earlier step"));
                firstOfStep += step.questions().size();
            }
            Set<String> checkIds = new HashSet<>();
            for (CrossCheck crossCheck : definition.crossChecks) {
                String element = "cross-check " + crossCheck.id();
                require(checkIds.add(crossCheck.id()), where + ": " + element + " is defined twice");
                checkRule(crossCheck.when(), definition.questions.size(), element, "any question");
                crossCheck.checkedQuestion().ifPresent(qid -> {
                    Question question = definition.question(qid).orElseThrow(() -> new InvalidQuestionnaire(
                            where + ": " + element + " names unknown question " + qid));
                    require(question.type() == QuestionType.MULTI_SELECT, where + ": " + element
                            + " checks question " + qid + ", which is not a multi_select");
                    for (String option : crossCheck.requiredOptions()) {
                        require(question.option(option).isPresent(), where + ": " + element
                                + " names unknown option " + option + " of question " + qid);
                    }
                });
            }
        }

        private void checkQuestion(Question question) {
            String element = "question " + question.id();
            if (question.pillar() != null) {
                require(definition.pillarsById.containsKey(question.pillar()), where + ": " + element
                        + " refers to unknown pillar " + question.pillar());
            }
            Validation validation = question.validation();
            if (question.type().isSelect()) {
                checkOptions(question, element);
            } else {
                require(question.options().isEmpty(), where + ": " + element + " is a " + question.type().code()
                        + " and must not have options");
                require(validation.minSelections() == null && validation.maxSelections() == null,
                        where + ": " + element + ": minSelections/maxSelections apply only to multi_select");
            }
            if (question.type().isNumeric()) {
                require(question.minimum() < question.maximum(), where + ": " + element
                        + ": validation min (" + question.minimum() + ") must be less than max ("
                        + question.maximum() + ")");
            } else {
                require(validation.min() == null && validation.max() == null, where + ": " + element
                        + ": min/max apply only to numeric questions");
            }
            if (question.type() == QuestionType.TEXT_INPUT) {
                require(validation.maxLength() == null || validation.maxLength() > 0, where + ": " + element
                        + ": maxLength must be > 0");
            } else {
                require(validation.maxLength() == null && validation.pattern() == null, where + ": " + element
                        + ": maxLength/pattern apply only to text_input");
            }
            for (Reference reference : question.references()) {
                require(definition.source(reference.source()).isPresent(), where + ": " + element
                        + " cites unknown source " + reference.source());
            }
            int position = definition.position(question.id());
            question.shownWhen().ifPresent(rule -> checkRule(rule, position, element + " show_if",
                    "an earlier question"));
            question.hiddenWhen().ifPresent(rule -> checkRule(rule, position, element + " hide_if",
                    "an earlier question"));
        }

        private void checkOptions(Question question, String element) {
            require(!question.options().isEmpty(), where + ": " + element + " is a " + question.type().code()
                    + " and needs at least one option");
            Set<String> optionIds = new HashSet<>();
            for (AnswerOption option : question.options()) {
                require(optionIds.add(option.id()), where + ": " + element + ": option " + option.id()
                        + " is defined twice");
                require(Double.isFinite(option.weight()) && option.weight() >= 0, where + ": " + element
                        + ": option " + option.id() + " has weight " + option.weight() + " (must be >= 0)");
            }
            List<AnswerOption> unknowns = question.options().stream().filter(AnswerOption::unknown).toList();
            require(unknowns.size() <= 1, where + ": " + element + " has more than one \"I don't know\" option");
            for (AnswerOption unknown : unknowns) {
                require(unknown.weight() == 0, where + ": " + element + ": \"I don't know\" option " + unknown.id()
                        + " must weigh 0 (it counts as the lowest score)");
                require(question.type() == QuestionType.SINGLE_SELECT || unknown.exclusive(), where + ": "
                        + element + ": \"I don't know\" option " + unknown.id() + " must be exclusive");
            }
            Validation validation = question.validation();
            int count = question.options().size();
            if (question.type() == QuestionType.SINGLE_SELECT) {
                require(validation.minSelections() == null && validation.maxSelections() == null,
                        where + ": " + element + ": minSelections/maxSelections apply only to multi_select");
                require(question.options().stream().noneMatch(AnswerOption::exclusive), where + ": " + element
                        + ": exclusive options apply only to multi_select");
            }
            int min = validation.fewestSelections().orElse(0);
            int max = validation.mostSelections().orElse(count);
            require(min >= 0 && min <= max && max >= 1 && max <= count, where + ": " + element
                    + ": selections must satisfy 0 <= minSelections <= maxSelections <= number of options ("
                    + count + "), got " + min + ".." + max);
        }

        /** A rule may read only existing questions and options, placed before {@code limit} in wizard order. */
        private void checkRule(Condition rule, int limit, String element, String allowed) {
            definition.requireKnown(rule, element);
            rule.comparisons().forEach(comparison -> require(definition.position(comparison.question()) < limit,
                    where + ": " + element + " refers to question " + comparison.question() + "; a rule may only read "
                            + allowed));
        }
    }
}
