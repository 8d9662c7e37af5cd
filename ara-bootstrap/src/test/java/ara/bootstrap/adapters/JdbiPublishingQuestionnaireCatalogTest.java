package ara.bootstrap.adapters;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiPublishedDocuments;
import ara.application.port.out.questionnaire.PublishedDocuments;
import ara.contract.MariaDbServer;
import ara.contract.MovableClock;
import ara.contract.QuestionnairePublisherContract;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The publishing catalog (catalog adapter) over published documents in H2 and in MariaDB (JDBI adapter), against
 * the contract: the two adapters meet only here, where the composition root combines them.
 */
class JdbiPublishingQuestionnaireCatalogTest {
    private static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Path SHIPPED = Path.of(
            "../ara-adapters-catalog/src/main/resources/ara/adapter/catalog/classic-v1.json");

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
            try {
                return JsonMapper.builder().build().readTree(Files.readString(SHIPPED)).toPrettyString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Duration refresh() {
            return REFRESH;
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
