package ara.bootstrap;

import ara.adapter.persistence.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.adapter.persistence.memory.InMemoryAuditRepository;
import ara.adapter.web.WebServer;
import ara.adapter.web.WebSettings;
import ara.adapter.web.WebUseCases;
import ara.application.port.out.AuditIdGenerator;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.QuestionnaireCatalog;
import ara.application.service.ClearAnswerService;
import ara.application.service.GetAuditService;
import ara.application.service.GetQuestionnaireService;
import ara.application.service.GetResultService;
import ara.application.service.ListAuditsService;
import ara.application.service.SaveAnswerService;
import ara.application.service.SaveAnswersService;
import ara.application.service.ScoreAnswersService;
import ara.application.service.StartAuditService;
import ara.application.service.SubmitAuditService;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.DatabaseSettings;
import ara.bootstrap.config.InvalidConfiguration;
import ara.domain.audit.AuditId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The composition root: builds every adapter and use case from the settings, in one readable sequence, and owns
 * their lifecycle. The launcher and the end-to-end tests both start ARA through {@link #start}. Not thread-safe
 * for start/close (called once each).
 */
public final class Application implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final WebServer web;
    private final Database database;

    private Application(WebServer web, Database database) {
        this.web = web;
        this.database = database;
    }

    /**
     * Wires ARA and starts serving HTTP.
     *
     * @throws InvalidConfiguration when a setting cannot be used (an unwritable data directory, …)
     */
    public static Application start(AraSettings settings, Clock systemClock) {
        // Stored timestamps keep microseconds (DATETIME(6)); a clock that ticks in microseconds makes what a write
        // returns equal to what a later read returns.
        Clock clock = Clock.tick(systemClock, Duration.ofNanos(1_000));
        QuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
        Database database = openDatabase(settings);
        try {
            AuditRepository audits = database == null ? new InMemoryAuditRepository() : new JdbiAuditRepository(database);
            AuditIdGenerator ids = () -> new AuditId(UUID.randomUUID());
            WebUseCases useCases = new WebUseCases(
                    new GetQuestionnaireService(catalog),
                    new StartAuditService(catalog, audits, ids, clock),
                    new GetAuditService(catalog, audits),
                    new SaveAnswerService(catalog, audits, clock),
                    new SaveAnswersService(catalog, audits, clock),
                    new ClearAnswerService(catalog, audits, clock),
                    new SubmitAuditService(catalog, audits, clock),
                    new GetResultService(audits),
                    new ListAuditsService(audits),
                    new ScoreAnswersService(catalog, clock));
            WebServer web = new WebServer(useCases, webSettings(settings)).start();
            return new Application(web, database);
        } catch (RuntimeException e) {
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    private static Database openDatabase(AraSettings settings) {
        return switch (settings.database()) {
            case DatabaseSettings.InMemory ignored -> null;
            case DatabaseSettings.Embedded embedded -> {
                createDirectory(embedded.dataDir());
                yield Database.open(ara.adapter.persistence.jdbi.DatabaseSettings.embedded(embedded.dataDir())
                        .withPool(embedded.pool().maximumSize(), embedded.pool().minimumIdle()));
            }
            case DatabaseSettings.External external -> Database.open(new ara.adapter.persistence.jdbi.DatabaseSettings(
                    external.jdbcUrl(), external.user(), external.password(), external.pool().maximumSize(),
                    external.pool().minimumIdle(), Duration.ofMillis(external.pool().connectionTimeoutMs())));
        };
    }

    private static void createDirectory(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new InvalidConfiguration("ARA_DATA_DIR", "cannot create " + dataDir.toAbsolutePath() + ": " + e);
        }
    }

    private static WebSettings webSettings(AraSettings settings) {
        return new WebSettings(settings.server().host(), settings.server().port(),
                settings.server().maxRequestBytes(), settings.server().virtualThreads(),
                Duration.ofMillis(settings.server().shutdownMillis()), settings.server().corsOrigins(),
                settings.server().trustedProxies());
    }

    /** The port ARA listens on (useful when configured as 0). */
    public int port() {
        return web.port();
    }

    /** Stops gracefully: in-flight requests finish, then the database pool closes. */
    @Override
    public void close() {
        LOG.info("ARA stopping");
        try {
            web.stop();
        } finally {
            if (database != null) {
                database.close();
            }
        }
        LOG.info("ARA stopped");
    }
}
