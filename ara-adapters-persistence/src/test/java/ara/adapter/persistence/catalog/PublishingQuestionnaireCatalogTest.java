package ara.adapter.persistence.catalog;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiPublishedDocuments;
import ara.adapter.persistence.memory.InMemoryPublishedDocuments;
import ara.contract.MariaDbServer;
import ara.contract.MovableClock;
import ara.contract.QuestionnairePublisherContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

/** The publishing catalog over published documents in memory, in H2 and in MariaDB, against the contract. */
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

    @Nested
    class OnH2 extends OverStore {
        @TempDir
        static Path dataDir;
        private static Database database;

        @BeforeAll
        static void open() {
            database = Database.open(DatabaseSettings.embedded(dataDir));
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        PublishedDocuments store() {
            return new JdbiPublishedDocuments(database);
        }
    }

    @Nested
    class OnMariaDb extends OverStore {
        private static Database database;

        @BeforeAll
        static void open() {
            MariaDbServer.Schema schema = MariaDbServer.freshSchema();
            database = Database.open(new DatabaseSettings(schema.jdbcUrl(), schema.user(), schema.password(), 4, 0,
                    Duration.ofSeconds(30)));
        }

        @AfterAll
        static void close() {
            database.close();
        }

        @Override
        PublishedDocuments store() {
            return new JdbiPublishedDocuments(database);
        }
    }
}
