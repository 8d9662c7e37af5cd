package ara.adapter.catalog;

import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.scoring.ScoringScheme;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static ara.adapter.catalog.ClassicQuestionnaireTest.answers;
import static ara.adapter.catalog.ClassicQuestionnaireTest.choice;
import static ara.adapter.catalog.ClassicQuestionnaireTest.choices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped classic v1 moved to format version 2 only to mark its context questions; the verbatim format 1
 * original (a test resource) still reads, to the same definition and the same scores, and may not use v2 fields.
 */
class ClassicFormatVersionTest {
    private static final String FORMAT_1 = "classic-v1-format1.json";
    private static final Set<String> CONTEXT = Set.of("company_size", "industry");
    private static final ScoringScheme SHIPPED = new ClasspathQuestionnaireCatalog()
            .find(ClasspathQuestionnaireCatalog.CLASSIC, 1).orElseThrow();
    private static final ScoringScheme ORIGINAL = ClasspathQuestionnaireCatalog
            .fromResources(ClasspathQuestionnaireCatalog.CLASSIC, List.of(FORMAT_1))
            .find(ClasspathQuestionnaireCatalog.CLASSIC, 1).orElseThrow();

    @Test
    void theOriginalIsFormatOneAndTheShippedFileFormatTwo() {
        assertThat(document(FORMAT_1).path("formatVersion").asInt()).isEqualTo(1);
        assertThat(CatalogFiles.classic().path("formatVersion").asInt()).isEqualTo(2);
        assertThat(ORIGINAL.definition().questions()).noneMatch(Question::context);
        assertThat(SHIPPED.definition().questions()).filteredOn(Question::context).extracting(q -> q.id().value())
                .containsExactlyInAnyOrderElementsOf(CONTEXT);
    }

    @Test
    void theShippedFileDiffersFromTheOriginalOnlyInTheFormatVersionAndTheTwoContextFlags() {
        ObjectNode shipped = CatalogFiles.classic();
        shipped.put("formatVersion", 1);
        for (int q = 0; q < 2; q++) {
            ObjectNode question = CatalogFiles.question(shipped, 0, q);
            assertThat(question.path("context").asBoolean()).as(question.path("id").asText()).isTrue();
            question.remove("context");
        }
        assertThat(shipped).isEqualTo(document(FORMAT_1));
    }

    @Test
    void readsTheFormatOneOriginalToTheSameDefinitionApartFromTheContextFlags() {
        QuestionnaireDefinition original = ORIGINAL.definition();
        QuestionnaireDefinition shipped = SHIPPED.definition();
        assertThat(shipped.title()).isEqualTo(original.title());
        assertThat(shipped.description()).isEqualTo(original.description());
        assertThat(shipped.estimatedMinutes()).isEqualTo(original.estimatedMinutes());
        assertThat(shipped.pillars()).isEqualTo(original.pillars());
        assertThat(shipped.crossChecks()).isEqualTo(original.crossChecks());
        assertThat(shipped.sources()).isEmpty();
        assertThat(original.sources()).isEmpty();
        assertThat(shipped.questions()).hasSameSizeAs(original.questions());
        for (int i = 0; i < original.questions().size(); i++) {
            Question before = original.questions().get(i);
            Question after = shipped.questions().get(i);
            Question expected = CONTEXT.contains(before.id().value()) ? withContext(before) : before;
            assertThat(after).as(before.id().value()).isEqualTo(expected);
        }
        assertThat(shipped.steps()).extracting(step -> step.id().value() + " " + step.order())
                .isEqualTo(original.steps().stream().map(step -> step.id().value() + " " + step.order()).toList());
        assertThat(SHIPPED.rules()).isEqualTo(ORIGINAL.rules());
        assertThat(SHIPPED.fallback()).isEqualTo(ORIGINAL.fallback());
        assertThat(SHIPPED.models().keySet()).isEqualTo(ORIGINAL.models().keySet());
        SHIPPED.models().forEach((id, model) -> {
            assertThat(model.profile().pillarWeights()).as(id)
                    .isEqualTo(ORIGINAL.models().get(id).profile().pillarWeights());
            assertThat(model.profile().questions()).as(id)
                    .isEqualTo(ORIGINAL.models().get(id).profile().questions());
        });
    }

    @Test
    void scoresEveryProfileIdenticallyWithEitherFile() {
        List<Map<String, AnswerValue>> answerSets = List.of(
                Map.of("company_size", choice("medium"), "industry", choice("retail"),
                        "current_ai_usage", choice("pilot"), "tech_stack_maturity", new AnswerValue.Number(7)),
                Map.of("company_size", choice("enterprise"), "industry", choice("technology"),
                        "compliance_requirements", choices("gdpr", "soc2"), "incident_response",
                        new AnswerValue.Number(4)),
                Map.of("company_size", choice("startup"), "industry", choice("other"),
                        "current_ai_usage", choice("wide_adoption"), "api_architecture", choice("microservices")),
                Map.of("company_size", choice("small"), "industry", choice("healthcare"),
                        "data_sensitivity", choice("regulated"), "security_practices", choices("encryption")));
        for (Map<String, AnswerValue> values : answerSets) {
            Answers answers = answers(values);
            assertThat(SHIPPED.score(answers)).as(values.toString()).isEqualTo(ORIGINAL.score(answers));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a context flag       | steps[organization_overview].questions[company_size]: unknown field \"context\"",
            "references           | steps[organization_overview].questions[industry]: unknown field \"references\"",
            "an unknown option    | steps[organization_overview].questions[current_ai_usage].options[none]: unknown field \"unknown\"",
            "sources              | unknown field \"sources\"",
    })
    void rejectsAFormatOneFileThatUsesAVersionTwoFieldNamingTheField(String field, String message) {
        ObjectNode original = document(FORMAT_1);
        Map<String, Consumer<ObjectNode>> edits = Map.of(
                "a context flag", d -> CatalogFiles.question(d, 0, 0).put("context", true),
                "references", d -> CatalogFiles.question(d, 0, 1).putArray("references").addObject()
                        .put("source", "nist-ai-rmf").put("item", "MAP 1.1"),
                "an unknown option", d -> ((ObjectNode) CatalogFiles.question(d, 0, 2).withArray("options").get(0))
                        .put("unknown", true),
                "sources", d -> d.putArray("sources").addObject().put("id", "nist-ai-rmf").put("title", "NIST AI RMF"));
        edits.get(field).accept(original);
        assertThatThrownBy(() -> CatalogFiles.load("classic-v1.json", original))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessageContaining(message)
                .hasMessageStartingWith("classic-v1.json: ");
    }

    private static Question withContext(Question q) {
        return new Question(q.id(), q.step(), q.type(), q.title(), q.description(), q.helpText(), q.required(),
                q.options(), q.validation(), q.pillar(), q.showIf(), q.hideIf(), q.advice(), true, q.references());
    }

    private static ObjectNode document(String resource) {
        try (InputStream in = ClasspathQuestionnaireCatalog.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return (ObjectNode) JsonMapper.builder().build().readTree(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
