package ara.bootstrap;

import ara.adapter.assistant.offline.HashedNgramEmbeddingModel;
import ara.adapter.assistant.offline.OfflineAssistantModel;
import ara.adapter.assistant.openai.OpenAiAssistantModel;
import ara.adapter.assistant.openai.OpenAiEmbeddingModel;
import ara.adapter.assistant.openai.OpenAiSettings;
import ara.adapter.identity.jwt.NimbusTokenVerifier;
import ara.adapter.catalog.PublishingQuestionnaireCatalog;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.JdbcHealthCheck;
import ara.adapter.persistence.jdbi.JdbiAuditLog;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.adapter.persistence.jdbi.JdbiAuditRetention;
import ara.adapter.persistence.jdbi.JdbiAuditStatistics;
import ara.adapter.persistence.jdbi.JdbiChatRepository;
import ara.adapter.persistence.jdbi.JdbiMaintenanceLease;
import ara.adapter.persistence.jdbi.JdbiPersonalDataResealer;
import ara.adapter.persistence.jdbi.JdbiReportRepository;
import ara.adapter.persistence.jdbi.JdbiReportRetention;
import ara.adapter.persistence.jdbi.JdbiReportStatistics;
import ara.adapter.persistence.jdbi.JdbiUploadRegistry;
import ara.adapter.persistence.jdbi.JdbiUserRepository;
import ara.adapter.persistence.jdbi.ResealReport;
import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.adapter.memory.InMemoryMaintenanceLease;
import ara.adapter.memory.InMemoryProgressCache;
import ara.adapter.memory.InMemoryRateLimiter;
import ara.adapter.memory.InMemoryReportRepository;
import ara.adapter.memory.InMemoryUploadRegistry;
import ara.adapter.memory.InMemoryUserRepository;
import ara.adapter.redis.FallbackIdempotencyStore;
import ara.adapter.redis.FallbackRateLimiter;
import ara.adapter.redis.RedisConnection;
import ara.adapter.redis.RedisGuardSettings;
import ara.adapter.redis.RedisHealthCheck;
import ara.adapter.redis.RedisIdempotencyStore;
import ara.adapter.redis.RedisProgressCache;
import ara.adapter.redis.RedisRateLimiter;
import ara.adapter.web.AssistantUseCases;
import ara.adapter.web.WebAdmin;
import ara.adapter.report.pdf.FlyingSaucerReportRenderer;
import ara.adapter.telemetry.OpenTelemetryAuditMetrics;
import ara.adapter.telemetry.Traced;
import ara.adapter.web.ReportUseCases;
import ara.adapter.web.StorageUseCases;
import ara.adapter.web.WebOperations;
import ara.adapter.web.WebServer;
import ara.adapter.web.WebSettings;
import ara.adapter.web.WebUseCases;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.UniqueIdGenerator;
import ara.application.port.out.admin.MaintenanceLease;
import ara.application.port.out.audit.AuditIdGenerator;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.audit.ProgressCache;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.ChatRepository;
import ara.application.port.out.chat.EmbeddingModel;
import ara.application.port.out.health.HealthCheck;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.identity.UserRepository;
import ara.application.port.out.limit.RateLimiter;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.application.port.out.report.ReportStatistics;
import ara.application.port.out.storage.ObjectStorage;
import ara.application.port.out.storage.UploadRegistry;
import ara.application.service.audit.CacheStatistics;
import ara.application.service.audit.CachingAuditRepository;
import ara.application.service.audit.CachingAuditRetention;
import ara.application.service.audit.ClaimAuditService;
import ara.application.service.audit.ClearAnswerService;
import ara.application.service.audit.GetAuditService;
import ara.application.service.audit.GetResultService;
import ara.application.service.audit.GiveGuestEmailService;
import ara.application.service.audit.ListAuditsService;
import ara.application.service.audit.MeteredAuditRepository;
import ara.application.service.audit.SaveAnswerService;
import ara.application.service.audit.SaveAnswersService;
import ara.application.service.audit.StartAuditService;
import ara.application.service.audit.SubmitAuditService;
import ara.application.service.chat.ListChatMessagesService;
import ara.application.service.chat.SendChatMessageService;
import ara.application.service.chat.SuggestChatPromptsService;
import ara.application.service.health.CheckHealthService;
import ara.application.service.idempotency.IdempotentRequestService;
import ara.application.service.identity.AuthenticateService;
import ara.application.service.limit.AdmitRequestService;
import ara.application.service.questionnaire.GetQuestionnaireService;
import ara.application.service.report.DeleteReportService;
import ara.application.service.report.GetReportLinkService;
import ara.application.service.report.GetReportService;
import ara.application.service.report.ListReportsService;
import ara.application.service.report.RequestReportService;
import ara.application.service.report.RunReportJobService;
import ara.application.service.scoring.ScoreAnswersService;
import ara.application.service.storage.CheckStorageService;
import ara.application.service.storage.DeleteObjectService;
import ara.application.service.storage.GetObjectLinkService;
import ara.application.service.storage.IssueEdgeGrantService;
import ara.application.service.storage.IssueUploadService;
import ara.application.service.storage.ServeSignedFileService;
import ara.application.service.storage.StorageHealthCheck;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.AssistantSettings;
import ara.bootstrap.config.DatabaseSettings;
import ara.bootstrap.config.InvalidConfiguration;
import ara.bootstrap.config.ReportSettings;
import ara.bootstrap.telemetry.BackendMetrics;
import ara.bootstrap.telemetry.Telemetry;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessageId;
import ara.domain.report.ReportRetryPolicy;
import io.opentelemetry.api.trace.Tracer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The composition root: builds every adapter and use case from the settings, in one readable sequence, and owns
 * their lifecycle. The launcher and the end-to-end tests both start ARA through {@link #start}. Not thread-safe
 * for start/close (called once each).
 */
public final class Application implements AutoCloseable {
    /** The audit log's record of a reseal pass: the command line as actor, the current data key as target. */
    static final String RESEAL_ACTOR = "cli";
    static final String RESEAL_ACTION = "maintenance.reseal";
    static final String RESEAL_INCOMPLETE = "incomplete";
    /** How often, and how far apart, a one-shot command tries to push failed evictions before it exits. */
    private static final int FLUSH_ATTEMPTS = 5;
    private static final Duration FLUSH_PAUSE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    /** The semantic conventions' {@code db.system.name} of Redis. */
    private static final String REDIS = "redis";

    private final WebServer web;
    private final ReportWorkers workers;
    private final StorageBackend objects;
    private final Database database;
    private final NimbusTokenVerifier tokens;
    private final RedisConnection redis;
    private final CachingAuditRepository cachedAudits;
    private final CheckHealthService health;
    private final Telemetry telemetry;
    private final Duration drain;
    private final Maintenance maintenance;
    private final Assistant assistant;

    private Application(WebServer web, ReportWorkers workers, StorageBackend objects, Database database,
                        NimbusTokenVerifier tokens, RedisConnection redis, CachingAuditRepository cachedAudits,
                        CheckHealthService health, Telemetry telemetry, Duration drain, Maintenance maintenance,
                        Assistant assistant) {
        this.web = web;
        this.workers = workers;
        this.objects = objects;
        this.database = database;
        this.tokens = tokens;
        this.redis = redis;
        this.cachedAudits = cachedAudits;
        this.health = health;
        this.telemetry = telemetry;
        this.drain = drain;
        this.maintenance = maintenance;
        this.assistant = assistant;
    }

    /**
     * The assistants in the order they are asked (the language model, if configured, then the offline assistant),
     * the embeddings, and the clients to close.
     */
    private record Assistant(List<AssistantModel> models, EmbeddingModel embeddings, List<AutoCloseable> clients) {
        static Assistant of(Optional<AssistantSettings> configured) {
            OfflineAssistantModel offline = new OfflineAssistantModel();
            if (configured.isEmpty()) {
                LOG.info("Assistant: offline (no ARA_LLM_BASE_URL); chat content never leaves ARA");
                return new Assistant(List.of(offline), new HashedNgramEmbeddingModel(), List.of());
            }
            AssistantSettings llm = configured.get();
            OpenAiSettings settings = new OpenAiSettings(llm.baseUrl(), llm.model(), llm.apiKey(),
                    llm.embeddingModel(), llm.connectTimeout(), llm.stallTimeout(), llm.replyTimeout(), llm.retries(),
                    llm.breakerFailures(), llm.breakerOpen());
            OpenAiAssistantModel model = new OpenAiAssistantModel(settings);
            LOG.info("Assistant: language model {} at {}, the offline assistant when it fails", llm.model(),
                    llm.baseUrl());
            if (llm.embeddingModel().isEmpty()) {
                return new Assistant(List.of(model, offline), new HashedNgramEmbeddingModel(), List.of(model));
            }
            OpenAiEmbeddingModel embeddings = new OpenAiEmbeddingModel(settings);
            return new Assistant(List.of(model, offline), embeddings, List.of(model, embeddings));
        }

        void close() {
            for (AutoCloseable client : clients) {
                try {
                    client.close();
                } catch (Exception e) {
                    LOG.warn("Closing an assistant client failed: {}", e.toString());
                }
            }
        }
    }

    /**
     * Wires ARA and starts serving HTTP, with the OpenTelemetry SDK the {@code OTEL_*} variables describe.
     *
     * @throws InvalidConfiguration when a setting cannot be used (an unwritable data directory, …)
     */
    public static Application start(AraSettings settings, Clock systemClock) {
        return start(settings, systemClock, Telemetry.configure(settings.observability().otel(), null), started -> { });
    }

    /**
     * Wires ARA with this telemetry (which ARA then owns and closes) and starts serving HTTP. ReadinessView says
     * "starting" until {@code beforeServing} has run, right after the server began listening (tests observe the
     * starting phase there), and the report workers start right after it.
     *
     * @throws InvalidConfiguration when a setting cannot be used (an unwritable data directory, …)
     */
    public static Application start(AraSettings settings, Clock systemClock, Telemetry telemetry,
                                    Consumer<Application> beforeServing) {
        // Stored timestamps keep microseconds (DATETIME(6)); a clock that ticks in microseconds makes what a write
        // returns equal to what a later read returns.
        Clock clock = Clock.tick(systemClock, Duration.ofNanos(1_000));
        createDirectory(settings.dataDir());
        NimbusTokenVerifier tokens = new NimbusTokenVerifier(Identity.jwtSettings(settings));
        Database database = null;
        RedisConnection redis = null;
        Tracer tracer = telemetry.tracer(OpenTelemetryAuditMetrics.SCOPE);
        StorageBackend objects = null;
        WebServer web = null;
        Assistant assistant = Assistant.of(settings.assistant());
        try {
            database = openDatabase(settings);
            PublishingQuestionnaireCatalog publishing = Maintenance.catalog(database, clock);
            QuestionnaireCatalog catalog = publishing;
            if (settings.redis().isPresent()) {
                redis = RedisConnection.open(settings.redis().get(), RedisGuardSettings.DEFAULTS);
            }
            AuditRepository audits;
            UserRepository users;
            AuditLog log;
            ChatRepository chats;
            AuditRetention retention;
            AuditStatistics statistics;
            MaintenanceLease lease;
            if (database == null) {
                // Audits live in memory already: a cache in front of them would only cost.
                MemoryStore memory = MemoryStore.open();
                audits = memory.audits();
                retention = memory.audits();
                statistics = memory.audits();
                lease = new InMemoryMaintenanceLease();
                users = new InMemoryUserRepository();
                log = new InMemoryAuditLog();
                chats = memory.chats();
            } else {
                DataKeyRing keys = Identity.dataKeys(settings);
                PersonalDataCipher cipher = new PersonalDataCipher(keys);
                KeyedHash hash = new KeyedHash(keys);
                String system = database.system();
                audits = cachedAudits(settings, Traced.port(AuditRepository.class,
                        new JdbiAuditRepository(database, cipher, hash), tracer, system), redis, cipher, tracer);
                users = Traced.port(UserRepository.class, new JdbiUserRepository(database, cipher, hash), tracer,
                        system);
                log = Traced.port(AuditLog.class, new JdbiAuditLog(database), tracer, system);
                chats = Traced.port(ChatRepository.class, new JdbiChatRepository(database, cipher), tracer, system);
                retention = Traced.port(AuditRetention.class, new JdbiAuditRetention(database), tracer, system);
                statistics = Traced.port(AuditStatistics.class, new JdbiAuditStatistics(database), tracer, system);
                lease = Traced.port(MaintenanceLease.class, new JdbiMaintenanceLease(database), tracer, system);
                BackendMetrics.pool(telemetry, database);
            }
            CachingAuditRepository cached = audits instanceof CachingAuditRepository caching ? caching : null;
            if (cached != null) {
                BackendMetrics.progressCache(telemetry, cached::statistics);
                // The clean-up deletes audits behind the repository: it must evict them from the cache too.
                retention = cached.retention(retention);
            }
            AuditMetrics metrics = new OpenTelemetryAuditMetrics(telemetry.meter(OpenTelemetryAuditMetrics.SCOPE));
            audits = new MeteredAuditRepository(audits, catalog, metrics);
            RateLimiter limiter;
            IdempotencyStore idempotencyKeys;
            if (redis != null) {
                LOG.info("Rate limits, idempotency keys and the progress cache in Redis ({}); in process while Redis "
                        + "is unreachable", settings.redis().get());
                limiter = new FallbackRateLimiter(Traced.port(RateLimiter.class, new RedisRateLimiter(redis), tracer,
                        REDIS), new InMemoryRateLimiter());
                idempotencyKeys = new FallbackIdempotencyStore(Traced.port(IdempotencyStore.class,
                        new RedisIdempotencyStore(redis), tracer, REDIS), new InMemoryIdempotencyStore());
                BackendMetrics.circuitBreaker(telemetry, REDIS, redis.guard());
            } else {
                LOG.info("Rate limits and idempotency keys in process (no ARA_REDIS_URL): per instance");
                limiter = new InMemoryRateLimiter();
                idempotencyKeys = new InMemoryIdempotencyStore();
            }
            AuditIdGenerator ids = () -> new AuditId(UUID.randomUUID());
            SecureRandom random = new SecureRandom();
            SecretGenerator secrets = count -> {
                byte[] bytes = new byte[count];
                random.nextBytes(bytes);
                return bytes;
            };
            // Reports: jobs and upload records next to the audits, documents in object storage, rendered by a
            // bounded pool of workers off the request threads.
            ReportRepository reports;
            ReportJobQueue reportJobs;
            ReportStatistics reportCounts;
            ReportRetention reportRetention;
            UploadRegistry uploads;
            if (database == null) {
                InMemoryReportRepository inMemory = new InMemoryReportRepository();
                reports = inMemory;
                reportJobs = inMemory;
                reportCounts = inMemory;
                reportRetention = inMemory;
                uploads = new InMemoryUploadRegistry();
            } else {
                JdbiReportRepository jdbi = new JdbiReportRepository(database);
                reports = Traced.port(ReportRepository.class, jdbi, tracer, database.system());
                reportJobs = Traced.port(ReportJobQueue.class, jdbi, tracer, database.system());
                reportCounts = Traced.port(ReportStatistics.class, new JdbiReportStatistics(database), tracer,
                        database.system());
                reportRetention = Traced.port(ReportRetention.class, new JdbiReportRetention(database), tracer,
                        database.system());
                uploads = Traced.port(UploadRegistry.class, new JdbiUploadRegistry(database), tracer,
                        database.system());
            }
            objects = StorageBackend.open(settings, clock);
            ObjectStorage storage = objects.storage();
            ReportSettings reportSettings = settings.reports();
            UniqueIdGenerator uuids = UUID::randomUUID;
            WebUseCases useCases = new WebUseCases(
                    new GetQuestionnaireService(catalog),
                    new StartAuditService(catalog, audits, ids, secrets, log, clock),
                    new GetAuditService(catalog, audits, log, clock),
                    new SaveAnswerService(catalog, audits, log, clock),
                    new SaveAnswersService(catalog, audits, log, clock),
                    new ClearAnswerService(catalog, audits, log, clock),
                    new SubmitAuditService(catalog, audits, settings.guestSubmit(), log, clock),
                    new GetResultService(audits, log, clock),
                    new ListAuditsService(audits),
                    new ScoreAnswersService(catalog, clock),
                    new AuthenticateService(tokens, users, log, clock),
                    new ClaimAuditService(catalog, audits, log, clock),
                    new GiveGuestEmailService(catalog, audits, log, clock),
                    new AdmitRequestService(limiter, settings.limits().limits()),
                    new IdempotentRequestService(idempotencyKeys, IdempotentRequestService.DEFAULT_RETENTION),
                    new ReportUseCases(
                            new RequestReportService(audits, reports, uploads, uuids, log, clock),
                            new GetReportService(audits, reports, log, clock),
                            new ListReportsService(audits, reports, log, clock),
                            new DeleteReportService(audits, reports, storage, log, clock),
                            new GetReportLinkService(audits, reports, storage, reportSettings.linkTtl(), log, clock)),
                    new StorageUseCases(
                            new IssueUploadService(audits, reports, uploads, storage, uuids, log, clock),
                            new GetObjectLinkService(audits, reports, uploads, storage, reportSettings.linkTtl(), log,
                                    clock),
                            new DeleteObjectService(audits, reports, uploads, storage, log, clock),
                            new CheckStorageService(storage),
                            new ServeSignedFileService(objects.links()),
                            new IssueEdgeGrantService(audits, reports, uploads, objects.edge(), uuids, log, clock)),
                    new AssistantUseCases(
                            new SendChatMessageService(catalog, audits, chats, assistant.models(),
                                    assistant.embeddings(), () -> new ChatMessageId(UUID.randomUUID()), log, clock,
                                    metrics),
                            new ListChatMessagesService(audits, chats, log, clock),
                            new SuggestChatPromptsService(catalog, audits, log, clock)));
            CheckHealthService health = health(settings, database, redis, storage);
            WebOperations operations = new WebOperations(health, telemetry::scrape, telemetry.openTelemetry(),
                    settings.observability().metricsToken());
            WebAdmin admin = Maintenance.traced(Maintenance.useCases(new Maintenance.Stores(retention, statistics,
                    lease, log, publishing, reports, reportCounts, reportRetention, uploads, storage),
                    settings.maintenance(), clock), tracer);
            web = new WebServer(TracedUseCases.of(useCases, tracer), operations, Optional.of(admin),
                    webSettings(settings)).start();
            objects.serverListensOn(web.port());
            ReportWorkers workers = reportWorkers(settings, clock, catalog, audits, reports, reportJobs, storage,
                    metrics);
            Application application = new Application(web, workers, objects, database, tokens, redis, cached, health,
                    telemetry, settings.observability().drain(), Maintenance.schedule(admin, settings.maintenance()),
                    assistant);
            beforeServing.accept(application);
            workers.start();
            health.serving();
            return application;
        } catch (RuntimeException e) {
            if (web != null) {
                web.stop();
            }
            if (objects != null) {
                objects.close();
            }
            if (redis != null) {
                redis.close();
            }
            if (database != null) {
                database.close();
            }
            tokens.close();
            telemetry.close();
            assistant.close();
            throw e;
        }
    }

    /**
     * The render workers, not yet started: the renderer is warmed by the first worker before it takes a job (a cold
     * Flying Saucer render takes about a second), off the start-up path, so that ARA serves HTTP at once.
     */
    private static ReportWorkers reportWorkers(AraSettings settings, Clock clock, QuestionnaireCatalog catalog,
                                               AuditRepository audits, ReportRepository reports,
                                               ReportJobQueue jobs, ObjectStorage storage, AuditMetrics metrics) {
        ReportSettings report = settings.reports();
        FlyingSaucerReportRenderer renderer = new FlyingSaucerReportRenderer();
        Duration maxDelay = report.retryDelay().compareTo(ReportSettings.MAX_RETRY_DELAY) > 0 ? report.retryDelay()
                : ReportSettings.MAX_RETRY_DELAY;
        ReportRetryPolicy policy = new ReportRetryPolicy(report.maxAttempts(), report.retryDelay(), maxDelay);
        RunReportJobService jobRunner = new RunReportJobService(catalog, audits, reports, jobs, storage, renderer,
                policy, report.lease(), metrics, clock);
        return new ReportWorkers(jobRunner, report.workers(), report.pollInterval(),
                Duration.ofMillis(settings.server().shutdownMillis()), report.lease().dividedBy(3), renderer::warmUp);
    }

    /**
     * The checks: the database is critical (ARA cannot serve without it); Redis and the object storage are not
     * (ARA falls back to in-process limits and cache; reports wait). Absent backends report "not configured".
     */
    private static CheckHealthService health(AraSettings settings, Database database, RedisConnection redis,
                                             ObjectStorage storage) {
        Duration timeout = settings.observability().healthTimeout();
        HealthCheck databaseCheck = database == null
                ? HealthCheck.notConfigured(JdbcHealthCheck.NAME, "audits are kept in memory")
                : new JdbcHealthCheck(database, timeout);
        HealthCheck redisCheck = redis == null
                ? HealthCheck.notConfigured(RedisHealthCheck.NAME, "rate limits, idempotency keys and the progress "
                        + "cache run in process")
                : new RedisHealthCheck(redis);
        HealthCheck storageCheck = new StorageHealthCheck(storage);
        return new CheckHealthService(List.of(databaseCheck), List.of(redisCheck, storageCheck), Clock.systemUTC(),
                timeout, CheckHealthService.DEFAULT_CACHE);
    }

    /**
     * The audits behind the progress cache: in Redis when there is one (shared by every instance, kept coherent by
     * every write); in process only with the embedded database, which one process owns. With an external database
     * and no Redis there is no cache, since other instances may change the same audits behind this one's back.
     */
    private static AuditRepository cachedAudits(AraSettings settings, AuditRepository stored, RedisConnection redis,
                                                PersonalDataCipher cipher, Tracer tracer) {
        if (redis != null) {
            return new CachingAuditRepository(stored, Traced.port(ProgressCache.class,
                    new RedisProgressCache(redis, cipher), tracer, REDIS));
        }
        if (settings.database() instanceof DatabaseSettings.Embedded) {
            return new CachingAuditRepository(stored, new InMemoryProgressCache());
        }
        LOG.info("No progress cache: an external database without ARA_REDIS_URL may be shared by several instances");
        return stored;
    }

    /**
     * Runs {@code work} with the admin use cases over the configured store, without serving HTTP (the command
     * line's {@code guest-cleanup}); the database is migrated first and closed after.
     */
    public static <T> T withAdmin(AraSettings settings, Clock clock, Function<WebAdmin, T> work) {
        Database database = openDatabase(settings);
        RedisConnection redis = null;
        RedisProgressCache cache = null;
        try (StorageBackend objects = StorageBackend.open(settings, clock)) {
            // Links are never issued here; the local storage only needs an address to be complete.
            objects.serverListensOn(settings.server().port());
            Maintenance.Stores stores;
            if (database == null) {
                InMemoryAuditRepository memory = MemoryStore.open().audits();
                InMemoryReportRepository reports = new InMemoryReportRepository();
                stores = new Maintenance.Stores(memory, memory, new InMemoryMaintenanceLease(), new InMemoryAuditLog(),
                        Maintenance.catalog(null, clock), reports, reports, reports, new InMemoryUploadRegistry(),
                        objects.storage());
            } else {
                AuditRetention retention = new JdbiAuditRetention(database);
                if (settings.redis().isPresent()) {
                    // The servers' progress cache is in Redis: what this deletes must leave it too. (The in-process
                    // cache needs nothing: it runs only with the embedded database, which one process holds.)
                    redis = RedisConnection.open(settings.redis().get(), RedisGuardSettings.DEFAULTS);
                    cache = new RedisProgressCache(redis, new PersonalDataCipher(Identity.dataKeys(settings)));
                    retention = new CachingAuditRetention(retention, cache);
                }
                stores = new Maintenance.Stores(retention, new JdbiAuditStatistics(database),
                        new JdbiMaintenanceLease(database), new JdbiAuditLog(database),
                        Maintenance.catalog(database, clock), new JdbiReportRepository(database),
                        new JdbiReportStatistics(database), new JdbiReportRetention(database),
                        new JdbiUploadRegistry(database), objects.storage());
            }
            return work.apply(Maintenance.useCases(stores, settings.maintenance(), clock));
        } finally {
            if (cache != null) {
                flushBeforeExit(cache);
            }
            if (redis != null) {
                redis.close();
            }
            if (database != null) {
                database.close();
            }
        }
    }

    /**
     * A one-shot process exits right after its work: evictions that failed to reach Redis are pushed there now (a few
     * tries over some seconds, as the Redis guard's breaker reopens), or the servers may serve what it deleted until
     * their cache entries expire, which is then said in the log.
     */
    private static void flushBeforeExit(RedisProgressCache cache) {
        for (int attempt = 1; attempt <= FLUSH_ATTEMPTS; attempt++) {
            if (cache.flush()) {
                return;
            }
            try {
                Thread.sleep(FLUSH_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        LOG.warn("Redis did not take the evictions of the deleted audits: instances may serve them from the progress"
                + " cache until the entries expire (at most {})", RedisProgressCache.DEFAULT_TTL);
    }

    /** Opens the configured database, which applies pending migrations, and closes it (the {@code migrate} command). */
    public static void migrate(AraSettings settings) {
        Database database = openDatabase(settings);
        if (database != null) {
            database.close();
        }
    }

    /**
     * One reseal pass over the configured database (the {@code reseal} command): every value sealed under a retired
     * data key is sealed again under the current one. Empty when audits live in memory (nothing is at rest).
     */
    public static Optional<ResealReport> reseal(AraSettings settings, boolean dryRun, int batchSize) {
        Database database = openDatabase(settings);
        if (database == null) {
            return Optional.empty();
        }
        try {
            ResealReport report = new JdbiPersonalDataResealer(database, Identity.dataKeys(settings))
                    .reseal(dryRun, batchSize);
            if (!dryRun) {
                // A pass that rewrote personal data is an operator action the audit log keeps, as clean-ups are.
                new JdbiAuditLog(database).record(new AuditEvent(Instant.now(), RESEAL_ACTOR, RESEAL_ACTION,
                        "data-key:" + report.currentKeyId(), report.complete() ? AuditEvent.SUCCESS
                        : RESEAL_INCOMPLETE, null, null));
            }
            return Optional.of(report);
        } finally {
            database.close();
        }
    }

    private static Database openDatabase(AraSettings settings) {
        return switch (settings.database()) {
            case DatabaseSettings.InMemory ignored -> null;
            case DatabaseSettings.Embedded embedded -> {
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

    /** The progress cache's hits and misses so far, if ARA runs one. */
    public Optional<CacheStatistics> cacheStatistics() {
        return Optional.ofNullable(cachedAudits).map(CachingAuditRepository::statistics);
    }

    /** The port ARA listens on (useful when configured as 0). */
    public int port() {
        return web.port();
    }

    /**
     * Stops gracefully: readiness turns 503 at once and stays so for the drain time while the server still serves
     * (load balancers take this instance out), then the server stops accepting and in-flight requests finish, then
     * the report workers finish the jobs they are rendering, then the storage, Redis and the database pool close.
     */
    @Override
    public void close() {
        LOG.info("ARA stopping: not ready from now on, draining for {} ms", drain.toMillis());
        health.draining();
        maintenance.close();
        try {
            Thread.sleep(drain);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            web.stop();
        } finally {
            try {
                workers.close();
            } finally {
                objects.close();
            }
            telemetry.close();
            tokens.close();
            assistant.close();
            if (cachedAudits != null) {
                cachedAudits.close();
            }
            if (redis != null) {
                redis.close();
            }
            if (database != null) {
                database.close();
            }
        }
        LOG.info("ARA stopped");
    }
}
