package ara.application.service.questionnaire;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.questionnaire.QuestionnaireSummaryView;
import ara.application.port.in.questionnaire.QuestionnaireSummaryView.Mode;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ListQuestionnairesServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final PublishingQuestionnaireCatalog catalog = new PublishingQuestionnaireCatalog(ports.catalog,
            new InMemoryPublishedDocuments(), ports.clock, PublishingQuestionnaireCatalog.DEFAULT_REFRESH);
    private final ListQuestionnairesService service = new ListQuestionnairesService(catalog);

    @Test
    void listsTheQuickAndTheFullQuestionnaireDefaultFirst() {
        assertThat(service.questionnaires()).containsExactly(
                summaryOf("classic", Mode.QUICK, true),
                summaryOf("full", Mode.FULL, false));
    }

    @Test
    void countsQuestionsStepsAndPillarsOfTheShippedFiles() {
        assertThat(service.questionnaires()).extracting(QuestionnaireSummaryView::id,
                        QuestionnaireSummaryView::questions, QuestionnaireSummaryView::steps,
                        QuestionnaireSummaryView::pillars, QuestionnaireSummaryView::estimatedMinutes)
                .containsExactly(tuple("classic", 16, 5, 4, 15), tuple("full", 61, 8, 7, 35));
    }

    @Test
    void listsOnlyTheCurrentVersionOfEachQuestionnaire() {
        catalog.publish(document("classic", 2), "user:root", ports.clock.instant());

        assertThat(service.questionnaires()).extracting(QuestionnaireSummaryView::id,
                QuestionnaireSummaryView::version).containsExactly(tuple("classic", 2), tuple("full", 1));
    }

    @Test
    void aPublishedQuestionnaireOfAnotherIdIsCustomAndSortedAfterTheDefaultById() {
        catalog.publish(document("acme", 1), "user:root", ports.clock.instant());
        catalog.publish(document("aardvark", 3), "user:root", ports.clock.instant());

        assertThat(service.questionnaires()).extracting(QuestionnaireSummaryView::id, QuestionnaireSummaryView::mode,
                        QuestionnaireSummaryView::isDefault)
                .containsExactly(tuple("classic", Mode.QUICK, true), tuple("aardvark", Mode.CUSTOM, false),
                        tuple("acme", Mode.CUSTOM, false), tuple("full", Mode.FULL, false));
    }

    /** The summary the service should make of a shipped questionnaire, read from its definition. */
    private QuestionnaireSummaryView summaryOf(String id, Mode mode, boolean isDefault) {
        QuestionnaireDefinition definition = ports.catalog.current(QuestionnaireId.of(id)).orElseThrow().definition();
        return new QuestionnaireSummaryView(id, definition.version(), definition.title(), definition.description(),
                definition.estimatedMinutes(), definition.questions().size(), definition.steps().size(),
                definition.pillars().size(), mode, isDefault);
    }

    /** The shipped classic file under another id and version. */
    private static byte[] document(String id, int version) {
        try (InputStream in = ClasspathQuestionnaireCatalog.class.getResourceAsStream("classic-v1.json")) {
            String classic = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return classic.replaceFirst("\"id\"\\s*:\\s*\"classic\"", "\"id\": \"" + id + "\"")
                    .replaceFirst("\"version\"\\s*:\\s*1,", "\"version\": " + version + ",")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
