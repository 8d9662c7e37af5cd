package ara.adapter.catalog;

import ara.domain.questionnaire.QuestionnaireId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static ara.adapter.catalog.CatalogFiles.classic;
import static ara.adapter.catalog.CatalogFiles.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog loads the shipped files and answers look-ups by questionnaire and version. */
class ClasspathQuestionnaireCatalogTest {
    private static final QuestionnaireId CLASSIC = QuestionnaireId.of("classic");
    private static final QuestionnaireId FULL = QuestionnaireId.of("full");

    @Test
    void loadsTheShippedQuestionnairesWithClassicAsDefault() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        assertThat(catalog.defaultQuestionnaire()).isEqualTo(CLASSIC);
        assertThat(catalog.all()).extracting(s -> s.definition().id() + " v" + s.definition().version())
                .containsExactly("classic v1", "full v1");
        assertThat(catalog.current(CLASSIC)).containsSame(catalog.all().getFirst());
        assertThat(catalog.find(CLASSIC, 1)).containsSame(catalog.all().getFirst());
        assertThat(catalog.current(FULL)).containsSame(catalog.all().get(1));
        assertThat(catalog.find(FULL, 1)).containsSame(catalog.all().get(1));
    }

    @Test
    void loadsResourcesByRelativeOrAbsoluteName() {
        assertThat(ClasspathQuestionnaireCatalog.fromResources(CLASSIC,
                List.of("/ara/adapter/catalog/classic-v1.json")).find(CLASSIC, 1)).isPresent();
        assertThat(ClasspathQuestionnaireCatalog.fromResources(CLASSIC, List.of("classic-v1.json"))
                .find(CLASSIC, 1)).isPresent();
    }

    @Test
    void findsNothingForAnUnknownQuestionnaireOrVersion() {
        ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        assertThat(catalog.current(QuestionnaireId.of("express"))).isEmpty();
        assertThat(catalog.find(QuestionnaireId.of("express"), 1)).isEmpty();
        assertThat(catalog.find(CLASSIC, 2)).isEmpty();
    }

    @Test
    void servesTheHighestVersionAsCurrentAndListsAllInOrder() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("classic-v2.json", version(classic(), "classic", 2).toString());
        files.put("express-v1.json", version(classic(), "express", 1).toString());
        files.put("classic-v1.json", classic().toString());
        ClasspathQuestionnaireCatalog catalog = load(files);

        assertThat(catalog.current(CLASSIC).map(s -> s.definition().version())).contains(2);
        assertThat(catalog.find(CLASSIC, 1).map(s -> s.definition().version())).contains(1);
        assertThat(catalog.all()).extracting(s -> s.definition().id() + " v" + s.definition().version())
                .containsExactly("classic v1", "classic v2", "express v1");
    }

    @Test
    void rejectsTheSameVersionInTwoFilesNamingBoth() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("classic-v1.json", classic().toString());
        files.put("classic-copy.json", classic().toString());
        assertThatThrownBy(() -> load(files))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessage("classic-copy.json: questionnaire classic v1 is already defined by classic-v1.json");
    }

    @Test
    void rejectsAMissingResourceNamingIt() {
        assertThatThrownBy(() -> ClasspathQuestionnaireCatalog.fromResources(CLASSIC, List.of("classic-v9.json")))
                .isInstanceOf(CatalogFileRejected.class)
                .hasMessageStartingWith("classic-v9.json: not found on the class path");
    }

    @Test
    void rejectsADefaultQuestionnaireThatNoFileDefines() {
        assertThatThrownBy(() -> ClasspathQuestionnaireCatalog.fromResources(QuestionnaireId.of("express"),
                ClasspathQuestionnaireCatalog.SHIPPED_FILES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("express");
    }

    @Test
    void rejectsAnEmptyListOfFiles() {
        assertThatThrownBy(() -> ClasspathQuestionnaireCatalog.fromResources(CLASSIC, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ObjectNode version(ObjectNode document, String id, int version) {
        document.put("id", id);
        document.put("version", version);
        return document;
    }
}
