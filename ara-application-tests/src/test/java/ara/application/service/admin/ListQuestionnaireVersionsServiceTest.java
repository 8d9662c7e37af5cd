package ara.application.service.admin;

import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.application.fixture.InMemoryPorts;
import ara.application.port.in.admin.QuestionnaireVersionView;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ListQuestionnaireVersionsServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final PublishingQuestionnaireCatalog catalog = new PublishingQuestionnaireCatalog(ports.catalog,
            new InMemoryPublishedDocuments(), ports.clock, PublishingQuestionnaireCatalog.DEFAULT_REFRESH);
    private final ListQuestionnaireVersionsService service = new ListQuestionnaireVersionsService(catalog, catalog);

    @Test
    void listsTheShippedVersionsAsCurrent() {
        assertThat(service.versions()).containsExactly(
                new QuestionnaireVersionView("classic", 1, "Agent Readiness Audit", 16, true, Optional.empty(),
                        Optional.empty()),
                new QuestionnaireVersionView("full", 1, "Agent Readiness Assessment (full)", 61, true,
                        Optional.empty(), Optional.empty()));
    }

    @Test
    void marksOnlyTheLatestPublishedVersionCurrent() {
        catalog.publish(CatalogDocuments.classic(2), "user:root", ports.clock.instant());
        ports.clock.advance(Duration.ofMinutes(1));
        catalog.publish(CatalogDocuments.classic(3), "user:root", ports.clock.instant());

        assertThat(service.versions()).extracting(QuestionnaireVersionView::id, QuestionnaireVersionView::version,
                        QuestionnaireVersionView::current)
                .containsExactly(tuple("classic", 1, false), tuple("classic", 2, false), tuple("classic", 3, true),
                        tuple("full", 1, true));
        assertThat(service.versions().get(2).publishedAt()).contains(ports.clock.instant());
    }
}
