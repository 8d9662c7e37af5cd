package ara.adapter.catalog;

import ara.adapter.memory.InMemoryPublishedDocuments;
import ara.application.port.out.questionnaire.PublishedDocuments;
import ara.contract.MovableClock;
import ara.contract.QuestionnairePublisherContract;
import org.junit.jupiter.api.Nested;

import java.time.Duration;

/**
 * The publishing catalog over published documents in memory, against the contract (over H2 and MariaDB, where the
 * JDBI adapter is at hand: ara-bootstrap's {@code JdbiPublishingQuestionnaireCatalogTest}).
 */
class PublishingQuestionnaireCatalogTest {
    private static final Duration REFRESH = Duration.ofSeconds(10);

    /** The contract over one store of published documents. */
    abstract static class OverStore extends QuestionnairePublisherContract {
        abstract PublishedDocuments store();

        @Override
        protected Instance instance(MovableClock clock) {
            PublishingQuestionnaireCatalog catalog = new PublishingQuestionnaireCatalog(
                    new ClasspathQuestionnaireCatalog(), store(), clock, REFRESH);
            return new Instance(catalog, catalog);
        }

        @Override
        protected String shippedDocument() {
            return CatalogFiles.classic().toPrettyString();
        }

        @Override
        protected Duration refresh() {
            return REFRESH;
        }
    }

    @Nested
    class InMemory extends OverStore {
        private final InMemoryPublishedDocuments store = new InMemoryPublishedDocuments();

        @Override
        PublishedDocuments store() {
            return store;
        }
    }
}
