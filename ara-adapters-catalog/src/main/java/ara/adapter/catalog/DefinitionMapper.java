package ara.adapter.catalog;

import ara.domain.questionnaire.Advice;
import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.Condition;
import ara.domain.questionnaire.CrossCheck;
import ara.domain.questionnaire.Effort;
import ara.domain.questionnaire.Pillar;
import ara.domain.questionnaire.PillarId;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionType;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.Reference;
import ara.domain.questionnaire.Source;
import ara.domain.questionnaire.Step;
import ara.domain.questionnaire.StepId;
import ara.domain.questionnaire.Validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps the questionnaire part of a catalog file to a {@link QuestionnaireDefinition}. Each field is read and
 * type-checked here, naming its JSON path on failure; how the elements fit together (unique ids, known pillars,
 * questions and options, rule order) is checked by {@link QuestionnaireDefinition#of}. Stateless.
 */
final class DefinitionMapper {
    private static final String QUESTION_TYPES = Arrays.stream(QuestionType.values()).map(QuestionType::code)
            .collect(Collectors.joining(", "));
    private static final String EFFORTS = Arrays.stream(Effort.values()).map(Effort::name)
            .collect(Collectors.joining(", "));

    private DefinitionMapper() {
    }

    /** Reads the questionnaire fields of the document; the caller has already checked the document's fields. */
    static QuestionnaireDefinition definition(JsonCursor root, int format) {
        boolean v2 = format >= 2;
        QuestionnaireId id = root.child("id").attempt(() -> QuestionnaireId.of(root.text("id")));
        int version = root.integer("version");
        List<Pillar> pillars = new ArrayList<>();
        for (JsonCursor pillar : root.array("pillars")) {
            pillars.add(pillar(pillar));
        }
        List<Step> steps = new ArrayList<>();
        for (JsonCursor step : root.array("steps")) {
            steps.add(step(step, v2));
        }
        List<CrossCheck> crossChecks = new ArrayList<>();
        for (JsonCursor crossCheck : root.array("crossChecks", List.of())) {
            crossChecks.add(crossCheck(crossCheck));
        }
        List<Source> sources = new ArrayList<>();
        if (v2) {
            for (JsonCursor source : root.array("sources", List.of())) {
                sources.add(source(source));
            }
        }
        return QuestionnaireDefinition.of(id, version, root.text("title"), root.text("description", ""),
                root.integer("estimatedMinutes"), steps, pillars, crossChecks, sources);
    }

    private static Source source(JsonCursor json) {
        json.asObject();
        String id = json.text("id");
        JsonCursor source = json.identified(id);
        source.allowOnly("id", "title", "url");
        return source.attempt(() -> new Source(id, source.text("title"), source.text("url", "")));
    }

    private static Pillar pillar(JsonCursor json) {
        json.asObject();
        PillarId id = json.child("id").attempt(() -> PillarId.of(json.text("id")));
        JsonCursor pillar = json.identified(id.value());
        pillar.allowOnly("id", "title", "description");
        return new Pillar(id, pillar.text("title"), pillar.text("description", ""));
    }

    private static Step step(JsonCursor json, boolean v2) {
        json.asObject();
        StepId id = json.child("id").attempt(() -> StepId.of(json.text("id")));
        JsonCursor step = json.identified(id.value());
        step.allowOnly("id", "title", "description", "order", "estimatedMinutes", "skipIf", "questions");
        List<Question> questions = new ArrayList<>();
        for (JsonCursor question : step.array("questions")) {
            questions.add(question(question, id, v2));
        }
        Condition skipIf = step.has("skipIf") ? ConditionMapper.condition(step.child("skipIf")) : null;
        return step.attempt(() -> new Step(id, step.text("title"), step.text("description", ""),
                step.integer("order"), step.integer("estimatedMinutes"), questions, skipIf));
    }

    private static Question question(JsonCursor json, StepId step, boolean v2) {
        json.asObject();
        QuestionId id = json.child("id").attempt(() -> QuestionId.of(json.text("id")));
        JsonCursor question = json.identified(id.value());
        if (v2) {
            question.allowOnly("id", "type", "title", "description", "helpText", "required", "options", "validation",
                    "pillar", "showIf", "hideIf", "advice", "context", "references");
        } else {
            question.allowOnly("id", "type", "title", "description", "helpText", "required", "options", "validation",
                    "pillar", "showIf", "hideIf", "advice");
        }
        String code = question.text("type");
        QuestionType type = QuestionType.fromCode(code).orElseThrow(() -> question.child("type").fail(
                "unknown question type \"" + code + "\"; known types: " + QUESTION_TYPES));
        List<AnswerOption> options = new ArrayList<>();
        for (JsonCursor option : question.array("options", List.of())) {
            options.add(option(option, v2));
        }
        Validation validation = question.optionalObject("validation").map(DefinitionMapper::validation)
                .orElse(Validation.none());
        PillarId pillar = question.has("pillar")
                ? question.child("pillar").attempt(() -> PillarId.of(question.text("pillar"))) : null;
        Condition showIf = question.has("showIf") ? ConditionMapper.condition(question.child("showIf")) : null;
        Condition hideIf = question.has("hideIf") ? ConditionMapper.condition(question.child("hideIf")) : null;
        Advice advice = question.optionalObject("advice").map(DefinitionMapper::advice).orElse(null);
        List<Reference> references = new ArrayList<>();
        for (JsonCursor reference : question.array("references", List.of())) {
            references.add(reference(reference));
        }
        return question.attempt(() -> new Question(id, step, type, question.text("title"),
                question.text("description", ""), question.text("helpText", ""), question.flag("required", false),
                options, validation, pillar, showIf, hideIf, advice, question.flag("context", false), references));
    }

    private static Reference reference(JsonCursor json) {
        json.asObject();
        json.allowOnly("source", "item");
        return json.attempt(() -> new Reference(json.text("source"), json.text("item")));
    }

    private static AnswerOption option(JsonCursor json, boolean v2) {
        json.asObject();
        String id = json.text("id");
        JsonCursor option = json.identified(id);
        if (v2) {
            option.allowOnly("id", "label", "weight", "exclusive", "synonyms", "unknown");
        } else {
            option.allowOnly("id", "label", "weight", "exclusive", "synonyms");
        }
        List<String> synonyms = option.has("synonyms") ? option.texts("synonyms") : List.of();
        return option.attempt(() -> new AnswerOption(id, option.text("label"), option.number("weight"),
                option.flag("exclusive", false), synonyms, option.flag("unknown", false)));
    }

    private static Validation validation(JsonCursor json) {
        json.allowOnly("min", "max", "minSelections", "maxSelections", "maxLength", "pattern");
        return json.attempt(() -> new Validation(json.optionalNumber("min"), json.optionalNumber("max"),
                json.optionalInteger("minSelections"), json.optionalInteger("maxSelections"),
                json.optionalInteger("maxLength"), json.optionalText("pattern").orElse(null)));
    }

    private static Advice advice(JsonCursor json) {
        json.allowOnly("title", "description", "effort", "expectedImpact");
        String code = json.text("effort");
        Effort effort = Arrays.stream(Effort.values()).filter(e -> e.name().equals(code)).findFirst()
                .orElseThrow(() -> json.child("effort").fail("unknown effort \"" + code + "\"; known: " + EFFORTS));
        return new Advice(json.text("title"), json.text("description"), effort, json.text("expectedImpact"));
    }

    private static CrossCheck crossCheck(JsonCursor json) {
        json.asObject();
        String id = json.text("id");
        JsonCursor check = json.identified(id);
        check.allowOnly("id", "when", "question", "requiredOptions", "message");
        Condition when = ConditionMapper.condition(check.child("when"));
        QuestionId question = check.has("question")
                ? check.child("question").attempt(() -> QuestionId.of(check.text("question"))) : null;
        List<String> required = check.has("requiredOptions") ? check.texts("requiredOptions") : List.of();
        return check.attempt(() -> new CrossCheck(id, when, question, required, check.text("message")));
    }
}
