package ara.adapter.catalog;

import ara.domain.questionnaire.InvalidQuestionnaire;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static ara.adapter.catalog.CatalogFiles.classic;
import static ara.adapter.catalog.CatalogFiles.load;
import static ara.adapter.catalog.CatalogFiles.question;
import static ara.adapter.catalog.CatalogFiles.step;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** A broken catalog file stops loading with a message naming the file and the offending element. */
class CatalogFileRejectionTest {
    private static final String FILE = "broken-v1.json";

    @Test
    void acceptsTheUneditedCopy() {
        load(FILE, classic());
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() {
        String text = """
                {
                  "formatVersion": 1,
                  "id": "classic",
                  "version": ,
                  "title": "Broken"
                }
                """;
        assertThatThrownBy(() -> load(FILE, text))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessageStartingWith(FILE + ": malformed JSON at line 4, column 14: ")
                .hasMessageContaining("Unexpected character (','");
    }

    @Test
    void rejectsAnUnclosedArrayNamingWhereItStarts() {
        String text = """
                {
                  "pillars": [1,
                  2
                """;
        assertThatThrownBy(() -> load(FILE, text))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessage(FILE + ": malformed JSON at line 4, column 1: Unexpected end-of-input: expected close "
                        + "marker for Array (start marker at line 2, column 14)");
    }

    @Test
    void rejectsARepeatedKeyWithItsLine() {
        String text = """
                {
                  "formatVersion": 1,
                  "id": "classic",
                  "id": "other"
                }
                """;
        assertThatThrownBy(() -> load(FILE, text))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessageStartingWith(FILE + ": malformed JSON at line 4")
                .hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void rejectsTrailingContent() {
        assertThatThrownBy(() -> load(FILE, classic() + " {}"))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessageStartingWith(FILE + ": malformed JSON at line 1");
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> load(FILE, ""))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessage(FILE + ": is empty");
    }

    @Test
    void rejectsADocumentThatIsNotAnObject() {
        assertThatThrownBy(() -> load(FILE, "[1, 2]"))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessage(FILE + ": (document): the document must be a JSON object, got an array");
    }

    @Test
    void keepsTheDomainErrorAsTheCause() {
        ObjectNode document = classic();
        question(document, 0, 0).put("pillar", "people_readiness");
        assertThatThrownBy(() -> load(FILE, document))
                .isInstanceOf(CatalogFileRejected.class)
                .hasCauseInstanceOf(InvalidQuestionnaire.class)
                .extracting(e -> ((CatalogFileRejected) e).file()).isEqualTo(FILE);
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken("unknown question type",
                        d -> question(d, 1, 0).put("type", "slider"),
                        "steps[technical_infrastructure].questions[tech_stack_maturity].type: "
                                + "unknown question type \"slider\"; known types: single_select, multi_select, "
                                + "scale_rating, yes_no, percentage, number_input, text_input"),
                broken("unknown operator in a cross-check",
                        d -> ((ObjectNode) ((ObjectNode) d.withArray("crossChecks").get(1)).get("when"))
                                .put("operator", "is"),
                        "crossChecks[healthcare_without_hipaa].when.operator: unknown operator \"is\"; known "
                                + "operators: equals, not_equals"),
                broken("unknown operator in a nested selection rule",
                        d -> ((ObjectNode) selectionRule(d, 0).withArray("any").get(1)).put("operator", "one_of"),
                        "scoring.selection[0].when.any[1].operator: unknown operator \"one_of\""),
                broken("unknown scoring function",
                        d -> profile(d, 1).withObject("questions").withObject("compliance_requirements")
                                .withObject("function").put("type", "logarithmic"),
                        "scoring.profiles[enterprise].questions.compliance_requirements.function.type: unknown "
                                + "scoring function \"logarithmic\"; known functions: weighted, linear, threshold, "
                                + "exponential"),
                broken("question referring to an unknown pillar",
                        d -> question(d, 0, 0).put("pillar", "people_readiness"),
                        "questionnaire classic v1: question company_size refers to unknown pillar people_readiness"),
                broken("missing question title",
                        d -> question(d, 2, 1).remove("title"),
                        "steps[development_practices].questions[testing_practices]: missing required field "
                                + "\"title\""),
                broken("blank option label",
                        d -> ((ObjectNode) question(d, 0, 1).withArray("options").get(2)).put("label", " "),
                        "steps[organization_overview].questions[industry].options[healthcare].label: must not be "
                                + "blank"),
                broken("misspelt optional field",
                        d -> question(d, 0, 2).put("showif", "x"),
                        "steps[organization_overview].questions[current_ai_usage]: unknown field \"showif\""),
                broken("weight given as a string",
                        d -> ((ObjectNode) question(d, 0, 0).withArray("options").get(0)).put("weight", "0.8"),
                        "steps[organization_overview].questions[company_size].options[startup].weight: must be a "
                                + "number, got a string"),
                broken("invalid step id",
                        d -> step(d, 4).put("id", "Operations Monitoring"),
                        "steps[4].id: stepId must be 1-64 characters"),
                broken("comparison without a value",
                        d -> ((ObjectNode) d.withArray("crossChecks").get(2)).withObject("when").remove("value"),
                        "crossChecks[regulated_data_without_controls].when: operator equals needs a value"),
                broken("cross-check naming an unknown option",
                        d -> ((ArrayNode) ((ObjectNode) d.withArray("crossChecks").get(2)).get("requiredOptions"))
                                .add("firewall"),
                        "questionnaire classic v1: cross-check regulated_data_without_controls names unknown "
                                + "option firewall of question security_practices"),
                broken("invalid effort",
                        d -> question(d, 3, 0).withObject("advice").put("effort", "XL"),
                        "steps[security_compliance].questions[security_practices].advice.effort: unknown effort "
                                + "\"XL\"; known: S, M, L"),
                broken("profile extending an unknown profile",
                        d -> profile(d, 2).put("extends", "base"),
                        "scoring.profiles[startup].extends: unknown profile base"),
                broken("profile scoring an unknown question",
                        d -> profile(d, 0).withObject("questions").set("team_size",
                                profile(d, 0).withObject("questions").get("company_size").deepCopy()),
                        "profile default v1 for classic v1: scores unknown question team_size"),
                broken("function that cannot score the question type",
                        d -> profile(d, 0).withObject("questions").withObject("code_quality")
                                .withObject("function").put("type", "weighted"),
                        "function weighted cannot score question code_quality of type scale_rating"),
                broken("threshold band with low above high",
                        d -> ((ObjectNode) profile(d, 1).withObject("questions").withObject("compliance_requirements")
                                .withObject("function").withArray("bands").get(1)).put("low", 5),
                        "scoring.profiles[enterprise].questions.compliance_requirements.function.bands[1]: band low "
                                + "(5.0) must not exceed high (2.0)"),
                broken("negative pillar weight",
                        d -> profile(d, 0).withObject("pillarWeights").put("security_readiness", -0.2),
                        "scoring.profiles[default]: profile default: pillar security_readiness weight must be >= 0"),
                broken("selection rule naming an unknown option",
                        d -> selectionRule(d, 1).put("value", "scaleup"),
                        "scoring.selection[1].when: questionnaire classic v1: this rule refers to unknown option scaleup of question company_size"),
                broken("selection rule naming an unknown profile",
                        d -> ((ObjectNode) d.withObject("scoring").withArray("selection").get(1)).put("profile", "smb"),
                        "scoring of classic v1: a selection rule names unknown profile smb"),
                broken("unsupported format version",
                        d -> d.put("formatVersion", 3),
                        "formatVersion: unsupported format version 3; this reader knows 1 to 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void rejectsNamingTheFileAndTheElement(Consumer<ObjectNode> breakIt, String expected) {
        ObjectNode document = classic();
        breakIt.accept(document);
        assertThatThrownBy(() -> load(FILE, document))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessageStartingWith(FILE + ": ")
                .hasMessageContaining(expected);
    }

    private static Arguments broken(String name, Consumer<ObjectNode> breakIt, String expected) {
        return arguments(Named.of(name, breakIt), expected);
    }

    private static ObjectNode profile(ObjectNode document, int index) {
        return (ObjectNode) document.withObject("scoring").withArray("profiles").get(index);
    }

    private static ObjectNode selectionRule(ObjectNode document, int index) {
        return ((ObjectNode) document.withObject("scoring").withArray("selection").get(index)).withObject("when");
    }
}
