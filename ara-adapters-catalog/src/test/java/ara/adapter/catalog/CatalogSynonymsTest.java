package ara.adapter.catalog;

import ara.domain.questionnaire.AnswerOption;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static ara.adapter.catalog.CatalogFiles.classic;
import static ara.adapter.catalog.CatalogFiles.load;
import static ara.adapter.catalog.CatalogFiles.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Option synonyms: optional in the format, shipped for the assistant, checked when present. */
class CatalogSynonymsTest {
    private static final String FILE = "synonyms-v1.json";

    private static AnswerOption option(QuestionnaireDefinition definition, String question, String option) {
        return definition.question(QuestionId.of(question)).orElseThrow().option(option).orElseThrow();
    }

    @Test
    void theShippedQuestionnaireNamesToolsForItsOptions() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        QuestionnaireDefinition classic = catalog.current(catalog.defaultQuestionnaire()).orElseThrow().definition();

        assertThat(option(classic, "deployment_automation", "ci_cd_basic").synonyms())
                .contains("GitHub Actions", "Jenkins");
        assertThat(option(classic, "cloud_infrastructure", "cloud_native").synonyms()).contains("Kubernetes");
        assertThat(option(classic, "company_size", "startup").synonyms()).isEmpty();
    }

    @Test
    void anOptionWithoutSynonymsHasNone() {
        ObjectNode document = classic();
        ((ObjectNode) question(document, 4, 1).withArray("options").get(2)).remove("synonyms");

        QuestionnaireDefinition definition = load(FILE, document).current(
                new ClasspathQuestionnaireCatalog().defaultQuestionnaire()).orElseThrow().definition();

        assertThat(option(definition, "deployment_automation", "ci_cd_basic").synonyms()).isEmpty();
    }

    @Test
    void rejectsABlankSynonymOrOneThatIsNotText() {
        ObjectNode blank = classic();
        ((ObjectNode) question(blank, 4, 1).withArray("options").get(2)).putArray("synonyms").add(" ");
        ObjectNode number = classic();
        ((ObjectNode) question(number, 4, 1).withArray("options").get(2)).putArray("synonyms").add(7);

        assertThatThrownBy(() -> load(FILE, blank)).isInstanceOf(CatalogFileRejected.class)
                .hasMessageContaining("synonyms must not be blank");
        assertThatThrownBy(() -> load(FILE, number)).isInstanceOf(CatalogFileRejected.class)
                .hasMessageContaining("ci_cd_basic");
    }
}
