package ara.bootstrap;

import ara.adapter.memory.InMemoryIdempotencyStore;
import ara.adapter.memory.InMemoryProgressCache;
import ara.adapter.memory.InMemoryRateLimiter;
import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbcHealthCheck;
import ara.adapter.redis.FallbackIdempotencyStore;
import ara.adapter.redis.FallbackRateLimiter;
import ara.adapter.redis.RedisConnection;
import ara.adapter.redis.RedisGuardSettings;
import ara.adapter.redis.RedisHealthCheck;
import ara.adapter.redis.RedisIdempotencyStore;
import ara.adapter.redis.RedisProgressCache;
import ara.adapter.redis.RedisRateLimiter;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.auditlog.ActorPseudonyms;
import ara.application.port.out.audit.ProgressCache;
import ara.application.port.out.health.HealthCheck;
import ara.application.port.out.idempotency.IdempotencyStore;
import ara.application.port.out.limit.RateLimiter;
import ara.application.service.audit.CachingAuditRepository;
import ara.application.service.storage.StorageHealthCheck;
import ara.atrest.idempotency.SealedIdempotencyStore;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.bootstrap.config.AraSettings;
import ara.bootstrap.config.DatabaseChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The stores of the chosen {@link Backend}, opened alike for every command: the database (migrated on open), Redis
 * and the object storage, and the out-port adapters over them: {@link Records}, the progress cache in front of the
 * audits, the rate limits and the idempotency keys. Closes what it opened. Opened and closed once, not thread-safe;
 * the adapters are thread-safe.
 */
final class Stores implements AutoCloseable {
    /** How often, and how far apart, a one-shot command tries to push failed evictions before it exits. */
    private static final int FLUSH_ATTEMPTS = 5;
    private static final Duration FLUSH_PAUSE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(Stores.class);
    private static final long AUDIT_LOG_FLUSH_SECONDS = 5;

    private final Backend backend;
    private final Optional<Database> database;
    private final Optional<RedisConnection> redis;
    private final StorageBackend objects;
    private final Records records;
    private final Optional<RedisProgressCache> redisCache;
    private final Optional<CachingAuditRepository> cache;
    private final AuditRepository audits;
    private final RateLimiter limiter;
    private final IdempotencyStore idempotencyKeys;
    private final ScheduledExecutorService auditLogFlush;
    private final ActorPseudonyms pseudonyms;

    private Stores(Backend backend, Database database, RedisConnection redis, StorageBackend objects, Records records,
                   RedisProgressCache redisCache, DataKeyRing keys, Instrumentation traced) {
        this.backend = backend;
        this.database = Optional.ofNullable(database);
        this.redis = Optional.ofNullable(redis);
        this.objects = objects;
        this.records = records;
        KeyedHash actors = new KeyedHash(keys);
        this.pseudonyms = actor -> "pseudonym:" + actors.hash(actor);
        // Aggregated rejections are written when their minute is over; checked every few seconds.
        this.auditLogFlush = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("ara-audit-log-flush").daemon(true).factory());
        auditLogFlush.scheduleWithFixedDelay(this::flushDueAuditLog, AUDIT_LOG_FLUSH_SECONDS,
                AUDIT_LOG_FLUSH_SECONDS, TimeUnit.SECONDS);
        this.redisCache = Optional.ofNullable(redisCache);
        this.cache = switch (backend.progressCache()) {
            case REDIS -> Optional.of(new CachingAuditRepository(records.audits(),
                    traced.port(ProgressCache.class, redisCache, Instrumentation.REDIS)));
            case IN_PROCESS -> Optional.of(new CachingAuditRepository(records.audits(), new InMemoryProgressCache()));
            case NONE -> Optional.empty();
        };
        if (backend instanceof Backend.MySql && cache.isEmpty()) {
            LOG.info("No progress cache: an external database without ARA_REDIS_URL may be shared by several instances");
        }
        cache.ifPresent(caching -> traced.progressCache(caching::statistics));
        this.audits = traced.metered(cache.<AuditRepository>map(caching -> caching).orElse(records.audits()),
                records.catalog());
        if (redis == null) {
            LOG.info("Rate limits and idempotency keys in process (no ARA_REDIS_URL): per instance");
            this.limiter = new InMemoryRateLimiter();
            this.idempotencyKeys = new SealedIdempotencyStore(new InMemoryIdempotencyStore(), keys);
        } else {
            LOG.info("Rate limits, idempotency keys and the progress cache in Redis ({}); in process while Redis "
                    + "is unreachable", backend.redis().orElseThrow());
            this.limiter = new FallbackRateLimiter(traced.port(RateLimiter.class, new RedisRateLimiter(redis),
                    Instrumentation.REDIS), new InMemoryRateLimiter());
            this.idempotencyKeys = new SealedIdempotencyStore(new FallbackIdempotencyStore(traced.port(
                    IdempotencyStore.class, new RedisIdempotencyStore(redis), Instrumentation.REDIS),
                    new InMemoryIdempotencyStore()), keys);
            traced.circuitBreaker(redis.guard());
        }
    }

    /**
     * Opens the backend the settings choose.
     *
     * @throws ara.bootstrap.config.InvalidConfiguration when a setting cannot be used
     */
    static Stores open(AraSettings settings, Clock clock, Instrumentation traced) {
        Backend backend = Backend.of(settings);
        Database database = null;
        RedisConnection redis = null;
        StorageBackend objects = null;
        try {
            database = openDatabase(backend);
            redis = backend.redis().map(server -> RedisConnection.open(server, RedisGuardSettings.DEFAULTS))
                    .orElse(null);
            objects = StorageBackend.open(backend.storage(), settings.dataDir(), clock);
            if (database == null) {
                // Idempotency records are all that is sealed here: kept in process only, a process key will do.
                DataKeyRing keys = redis == null ? DataKeyRing.of(DataKey.generate("process", new SecureRandom()))
                        : Identity.dataKeys(settings);
                return new Stores(backend, null, redis, objects, Records.inMemory(clock), null, keys, traced);
            }
            traced.pool(database);
            DataKeyRing keys = Identity.dataKeys(settings);
            RedisProgressCache redisCache = redis == null ? null
                    : new RedisProgressCache(redis, new PersonalDataCipher(keys));
            return new Stores(backend, database, redis, objects, Records.jdbi(database, keys, clock, traced),
                    redisCache, keys, traced);
        } catch (RuntimeException e) {
            closeAll(objects, redis, database);
            throw e;
        }
    }

    /** Opens the configured database, which applies pending migrations; none for audits in memory. */
    private static Database openDatabase(Backend backend) {
        return switch (backend) {
            case Backend.InMemory ignored -> null;
            case Backend.EmbeddedH2 h2 -> openEmbedded(h2.database());
            case Backend.MySql mysql -> Database.open(new DatabaseSettings(
                    mysql.database().jdbcUrl(), mysql.database().user(), mysql.database().password(),
                    mysql.database().pool().maximumSize(), mysql.database().pool().minimumIdle(),
                    Duration.ofMillis(mysql.database().pool().connectionTimeoutMs())));
        };
    }

    /** The H2 file database, in an owner-only data directory, its file owner-only from the start. */
    private static Database openEmbedded(DatabaseChoice.Embedded embedded) {
        DataDirectory.prepare(embedded.dataDir());
        Database database = Database.open(DatabaseSettings.embedded(embedded.dataDir())
                .withPool(embedded.pool().maximumSize(), embedded.pool().minimumIdle()));
        DataDirectory.tightenCreated(embedded.dataDir());
        return database;
    }

    Backend backend() {
        return backend;
    }

    /** The database; empty when audits live in memory. */
    Optional<Database> database() {
        return database;
    }

    StorageBackend objects() {
        return objects;
    }

    Records records() {
        return records;
    }

    /** The audits as the use cases see them: behind the progress cache if there is one, counted by the metrics. */
    AuditRepository audits() {
        return audits;
    }

    /** The retention clean-ups' deletions, which evict what they delete from the progress cache. */
    AuditRetention retention() {
        return cache.map(caching -> caching.retention(records.retention())).orElse(records.retention());
    }

    /** The progress cache in front of the audits, if ARA runs one. */
    Optional<CachingAuditRepository> progressCache() {
        return cache;
    }

    RateLimiter limiter() {
        return limiter;
    }

    IdempotencyStore idempotencyKeys() {
        return idempotencyKeys;
    }

    /** An erased account's pseudonym in the audit log: a keyed hash under the data keys. */
    ActorPseudonyms pseudonyms() {
        return pseudonyms;
    }

    /** The database's check: ARA cannot serve without it ("not configured" when audits live in memory). */
    HealthCheck databaseCheck(Duration timeout) {
        return database.<HealthCheck>map(open -> new JdbcHealthCheck(open, timeout))
                .orElseGet(() -> HealthCheck.notConfigured(JdbcHealthCheck.NAME, "audits are kept in memory"));
    }

    /** Redis and the object storage: ARA serves without them (limits and cache in process; reports wait). */
    List<HealthCheck> nonCriticalChecks() {
        HealthCheck redisCheck = redis.<HealthCheck>map(RedisHealthCheck::new)
                .orElseGet(() -> HealthCheck.notConfigured(RedisHealthCheck.NAME, "rate limits, idempotency keys "
                        + "and the progress cache run in process"));
        return List.of(redisCheck, new StorageHealthCheck(objects.storage()));
    }

    /**
     * A one-shot process exits right after its work: evictions that failed to reach Redis are pushed there now (a few
     * tries over some seconds, as the Redis guard's breaker reopens), or the servers may serve what it deleted until
     * their cache entries expire, which is then said in the log.
     */
    void flushBeforeExit() {
        if (redisCache.isEmpty() || cache.isEmpty()) {
            return;
        }
        for (int attempt = 1; attempt <= FLUSH_ATTEMPTS; attempt++) {
            if (redisCache.get().flush()) {
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

    /** Closes the object storage, then Redis, then the database pool. */
    @Override
    public void close() {
        auditLogFlush.shutdownNow();
        try {
            records.log().flush();
        } catch (RuntimeException e) {
            LOG.warn("The aggregated audit-log rows of the last minute could not be written", e);
        }
        cache.ifPresent(CachingAuditRepository::close);
        closeAll(objects, redis.orElse(null), database.orElse(null));
    }

    private void flushDueAuditLog() {
        try {
            records.log().flushDue();
        } catch (RuntimeException e) {
            // Counted again for the next flush; a scheduled task that throws would never run again.
            LOG.warn("Aggregated audit-log rows could not be written; retrying", e);
        }
    }

    private static void closeAll(StorageBackend objects, RedisConnection redis, Database database) {
        try {
            if (objects != null) {
                objects.close();
            }
        } finally {
            try {
                if (redis != null) {
                    redis.close();
                }
            } finally {
                if (database != null) {
                    database.close();
                }
            }
        }
    }
}
