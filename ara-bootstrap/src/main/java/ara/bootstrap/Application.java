package ara.bootstrap;

import ara.adapter.identity.jwt.NimbusTokenVerifier;
import ara.adapter.persistence.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.persistence.crypto.DataKeyRing;
import ara.adapter.persistence.crypto.KeyedHash;
import ara.adapter.persistence.crypto.PersonalDataCipher;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.JdbiAuditLog;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.adapter.persistence.jdbi.JdbiUserRepository;
import ara.adapter.persistence.memory.InMemoryAuditLog;
import ara.adapter.persistence.memory.InMemoryAuditRepository;
import ara.adapter.persistence.memory.InMemoryIdempotencyStore;
import ara.adapter.persistence.memory.InMemoryProgressCache;
import ara.adapter.persistence.memory.InMemoryRateLimiter;
import ara.adapter.persistence.memory.InMemoryUserRepository;
import ara.adapter.persistence.redis.FallbackIdempotencyStore;
import ara.adapter.persistence.redis.FallbackRateLimiter;
import ara.adapter.persistence.redis.RedisConnection;
import ara.adapter.persistence.redis.RedisGuardSettings;
import ara.adapter.persistence.redis.RedisIdempotencyStore;
import ara.adapter.persistence.redis.RedisProgressCache;
import ara.adapter.persistence.redis.RedisRateLimiter;
import ara.adapter.web.WebServer;
import ara.adapter.web.WebSettings;
import ara.adapter.web.WebUseCases;
import ara.application.port.out.AuditIdGenerator;
import ara.application.port.out.AuditLog;
import ara.application.port.out.AuditRepository;
import ara.application.port.out.IdempotencyStore;
import ara.application.port.out.QuestionnaireCatalog;
import ara.application.port.out.RateLimiter;
import ara.application.port.out.SecretGenerator;
import ara.application.port.out.UserRepository;
import ara.application.service.AdmitRequestService;
import ara.application.service.AuthenticateService;
import ara.application.service.CacheStatistics;
import ara.application.service.CachingAuditRepository;
import ara.application.service.ClaimAuditService;
import ara.application.service.ClearAnswerService;
import ara.application.service.GetAuditService;
import ara.application.service.GetQuestionnaireService;
import ara.application.service.GetResultService;
import ara.application.service.GiveGuestEmailService;
import ara.application.service.IdempotentRequestService;
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
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
    private final NimbusTokenVerifier tokens;
    private final RedisConnection redis;
    private final CachingAuditRepository cachedAudits;

    private Application(WebServer web, Database database, NimbusTokenVerifier tokens, RedisConnection redis,
                        CachingAuditRepository cachedAudits) {
        this.web = web;
        this.database = database;
        this.tokens = tokens;
        this.redis = redis;
        this.cachedAudits = cachedAudits;
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
        createDirectory(settings.dataDir());
        NimbusTokenVerifier tokens = new NimbusTokenVerifier(Identity.jwtSettings(settings));
        Database database = null;
        RedisConnection redis = null;
        try {
            database = openDatabase(settings);
            if (settings.redis().isPresent()) {
                redis = RedisConnection.open(settings.redis().get(), RedisGuardSettings.DEFAULTS);
            }
            AuditRepository audits;
            UserRepository users;
            AuditLog log;
            if (database == null) {
                // Audits live in memory already: a cache in front of them would only cost.
                audits = new InMemoryAuditRepository();
                users = new InMemoryUserRepository();
                log = new InMemoryAuditLog();
            } else {
                DataKeyRing keys = Identity.dataKeys(settings);
                PersonalDataCipher cipher = new PersonalDataCipher(keys);
                KeyedHash hash = new KeyedHash(keys);
                audits = cachedAudits(settings, new JdbiAuditRepository(database, cipher, hash), redis, cipher);
                users = new JdbiUserRepository(database, cipher, hash);
                log = new JdbiAuditLog(database);
            }
            RateLimiter limiter;
            IdempotencyStore idempotencyKeys;
            if (redis != null) {
                LOG.info("Rate limits, idempotency keys and the progress cache in Redis ({}); in process while Redis "
                        + "is unreachable", settings.redis().get());
                limiter = new FallbackRateLimiter(new RedisRateLimiter(redis), new InMemoryRateLimiter());
                idempotencyKeys = new FallbackIdempotencyStore(new RedisIdempotencyStore(redis),
                        new InMemoryIdempotencyStore());
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
                    new IdempotentRequestService(idempotencyKeys, IdempotentRequestService.DEFAULT_RETENTION));
            WebServer web = new WebServer(useCases, webSettings(settings)).start();
            return new Application(web, database, tokens, redis,
                    audits instanceof CachingAuditRepository cached ? cached : null);
        } catch (RuntimeException e) {
            if (redis != null) {
                redis.close();
            }
            if (database != null) {
                database.close();
            }
            tokens.close();
            throw e;
        }
    }

    /**
     * The audits behind the progress cache: in Redis when there is one (shared by every instance, kept coherent by
     * every write); in process only with the embedded database, which one process owns. With an external database
     * and no Redis there is no cache, since other instances may change the same audits behind this one's back.
     */
    private static AuditRepository cachedAudits(AraSettings settings, AuditRepository stored, RedisConnection redis,
                                                PersonalDataCipher cipher) {
        if (redis != null) {
            return new CachingAuditRepository(stored, new RedisProgressCache(redis, cipher));
        }
        if (settings.database() instanceof DatabaseSettings.Embedded) {
            return new CachingAuditRepository(stored, new InMemoryProgressCache());
        }
        LOG.info("No progress cache: an external database without ARA_REDIS_URL may be shared by several instances");
        return stored;
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

    /** Stops gracefully: in-flight requests finish, then the database pool closes. */
    @Override
    public void close() {
        LOG.info("ARA stopping");
        try {
            web.stop();
        } finally {
            tokens.close();
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
