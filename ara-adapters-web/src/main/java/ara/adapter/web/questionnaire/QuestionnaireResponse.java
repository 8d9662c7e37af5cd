package ara.adapter.web.questionnaire;

import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.Operand;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.Source;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.Validation;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Response body: a published questionnaire as the wizard needs it: steps in order, their questions with options,
 * validation and visibility rules, the pillars, the public frameworks its questions cite ({@code sources}, empty
 * for a format version 1 file) and the cross-checks whose warnings the page shows as answers trigger them (the same
 * rules the result's insights come from). Scoring weights and advice stay on the server.
 */
public record QuestionnaireResponse(String id, int version, String title, String description, int estimatedMinutes,
                                    List<PillarResponse> pillars, List<StepResponse> steps,
                                    List<SourceResponse> sources, List<CrossCheckResponse> crossChecks) {
    /**
     * The revision of this body's shape, part of the ETag: a client that cached a version's body before a field was
     * added must not have it confirmed as current. 2: sources, context, references and the unknown option;
     * 3: cross-checks.
     */
    static final int SHAPE = 3;

    public static QuestionnaireResponse from(QuestionnaireDefinition definition) {
        return new QuestionnaireResponse(definition.id().value(), definition.version(), definition.title(),
                definition.description(), definition.estimatedMinutes(),
                definition.pillars().stream().map(PillarResponse::from).toList(),
                definition.steps().stream().map(StepResponse::from).toList(),
                definition.sources().stream().map(SourceResponse::from).toList(),
                definition.crossChecks().stream().map(CrossCheckResponse::from).toList());
    }

    /** The ETag of a questionnaire version: definitions never change once published; the body's shape may. */
    public static String etag(QuestionnaireDefinition definition) {
        return "\"" + definition.id().value() + "-v" + definition.version() + "-s" + SHAPE + "\"";
    }

    /**
     * A cross-question warning: it fires when {@code when} holds and, if it names a {@code question} (else
     * {@code null}), that question is answered without every one of {@code requiredOptions}; {@code message} may
     * hold {@code {missing}}, the labels of the options missing.
     */
    public record CrossCheckResponse(String id, Map<String, Object> when, String question,
                                     List<String> requiredOptions, String message) {
        static CrossCheckResponse from(CrossCheck check) {
            return new CrossCheckResponse(check.id(), condition(check.when()),
                    check.checkedQuestion().map(q -> q.value()).orElse(null), check.requiredOptions(),
                    check.message());
        }
    }

    /** A public framework the questions cite; {@code url} may be empty. */
    public record SourceResponse(String id, String title, String url) {
        static SourceResponse from(Source source) {
            return new SourceResponse(source.id(), source.title(), source.url());
        }
    }

    /** The item of a source a question rests on, such as {@code ("eu-ai-act", "Art. 14")}. */
    public record ReferenceResponse(String source, String item) {
        static ReferenceResponse from(Reference reference) {
            return new ReferenceResponse(reference.source(), reference.item());
        }
    }

    /** A pillar. */
    public record PillarResponse(String id, String title, String description) {
        static PillarResponse from(Pillar pillar) {
            return new PillarResponse(pillar.id().value(), pillar.title(), pillar.description());
        }
    }

    /** A step; {@code skipIf} is {@code null} for a step that is always shown. */
    public record StepResponse(String id, String title, String description, int order, int estimatedMinutes,
                               Map<String, Object> skipIf, List<QuestionResponse> questions) {
        static StepResponse from(Step step) {
            return new StepResponse(step.id().value(), step.title(), step.description(), step.order(),
                    step.estimatedMinutes(), step.skippedWhen().map(QuestionnaireResponse::condition).orElse(null),
                    step.questions().stream().map(QuestionResponse::from).toList());
        }
    }

    /**
     * A question; {@code pillar}, {@code showIf} and {@code hideIf} may be {@code null}. A {@code context} question
     * only describes the organisation (it is never listed as a strength or a gap); {@code references} name the
     * framework items it rests on.
     */
    public record QuestionResponse(String id, String type, String title, String description, String helpText,
                                   boolean required, List<OptionResponse> options, ValidationResponse validation,
                                   String pillar, Map<String, Object> showIf, Map<String, Object> hideIf,
                                   boolean context, List<ReferenceResponse> references) {
        static QuestionResponse from(Question question) {
            return new QuestionResponse(question.id().value(), question.type().code(), question.title(),
                    question.description(), question.helpText(), question.required(),
                    question.options().stream().map(OptionResponse::from).toList(),
                    ValidationResponse.from(question),
                    question.scoredPillar().map(p -> p.value()).orElse(null),
                    question.shownWhen().map(QuestionnaireResponse::condition).orElse(null),
                    question.hiddenWhen().map(QuestionnaireResponse::condition).orElse(null),
                    question.context(), question.references().stream().map(ReferenceResponse::from).toList());
        }
    }

    /**
     * An option of a select question; an exclusive option cannot be combined with others; {@code unknown} marks the
     * honest "I don't know" answer (still a plain option id in an answer).
     */
    public record OptionResponse(String id, String label, boolean exclusive, boolean unknown) {
        static OptionResponse from(AnswerOption option) {
            return new OptionResponse(option.id(), option.label(), option.exclusive(), option.unknown());
        }
    }

    /** The limits that apply to a question's answer; limits that do not apply are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValidationResponse(Double min, Double max, Integer minSelections, Integer maxSelections,
                                     Integer maxLength, String pattern) {
        static ValidationResponse from(Question question) {
            Validation validation = question.validation();
            boolean numeric = question.type().isNumeric();
            return new ValidationResponse(numeric ? question.minimum() : null, numeric ? question.maximum() : null,
                    validation.minSelections(), validation.maxSelections(), validation.maxLength(),
                    validation.pattern());
        }
    }

    /**
     * A rule in JSON: {@code {"question", "operator", "value"}} for a comparison ({@code value} left out for
     * is_empty/is_not_empty), {@code {"all": [...]}} or {@code {"any": [...]}} for a group.
     */
    static Map<String, Object> condition(Condition condition) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (condition) {
            case Condition.Comparison comparison -> {
                json.put("question", comparison.question().value());
                json.put("operator", comparison.operator().code());
                switch (comparison.operand()) {
                    case Operand.Text text -> json.put("value", text.value());
                    case Operand.Number number -> json.put("value", number.value());
                    case Operand.Flag flag -> json.put("value", flag.value());
                    case Operand.TextList list -> json.put("value", list.values());
                    case Operand.None ignored -> {
                        // is_empty and is_not_empty compare with nothing.
                    }
                }
            }
            case Condition.All all -> json.put("all", all.conditions().stream()
                    .map(QuestionnaireResponse::condition).toList());
            case Condition.Any any -> json.put("any", any.conditions().stream()
                    .map(QuestionnaireResponse::condition).toList());
        }
        return json;
    }
}
