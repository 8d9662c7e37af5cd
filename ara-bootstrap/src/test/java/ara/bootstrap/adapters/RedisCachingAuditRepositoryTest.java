package ara.bootstrap.adapters;

import ara.adapter.persistence.jdbi.Database;
import ara.adapter.persistence.jdbi.DatabaseSettings;
import ara.adapter.persistence.jdbi.JdbiAuditRepository;
import ara.adapter.persistence.jdbi.JdbiAuditRetention;
import ara.adapter.redis.RedisConnection;
import ara.adapter.redis.RedisProgressCache;
import ara.adapter.redis.RedisSettings;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.service.audit.CachingAuditRepository;
import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.contract.AuditRepositoryContract;
import ara.contract.AuditSamples;
import ara.contract.ContractQuestionnaire;
import ara.contract.MariaDbServer;
import ara.contract.RedisServer;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.audit.GuestRetention;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static ara.contract.AuditAssertions.assertSameAudit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caching repository as production runs it: the JDBI repository on a real MySQL-compatible server and the Redis
 * progress cache, against the contract; and two such "app instances" (each its own pool, connection and caching
 * repository) sharing one schema and one Redis namespace, where a write through one is seen by the next read through
 * the other, and a guest audit the retention deletes through one is no longer served by the other. The JDBI and the
 * Redis adapters meet only here, in the composition root's tests.
 */
class RedisCachingAuditRepositoryTest extends AuditRepositoryContract {
    private static final DataKeyRing KEYS = DataKeyRing.of(DataKey.generate("caching", new SecureRandom()));
    private static Instance first;
    private static Instance second;

    /** One app instance: its own database pool, Redis connection and caching repository. */
    private record Instance(Database database, RedisConnection redis, CachingAuditRepository audits) {
        static Instance open(MariaDbServer.Schema schema, RedisSettings redisSettings) {
            Database database = Database.open(new DatabaseSettings(schema.jdbcUrl(), schema.user(),
                    schema.password(), 10, 1, Duration.ofSeconds(30)));
            RedisConnection redis = RedisConnection.open(redisSettings);
            PersonalDataCipher cipher = new PersonalDataCipher(KEYS);
            return new Instance(database, redis, new CachingAuditRepository(
                    new JdbiAuditRepository(database, cipher, new KeyedHash(KEYS)),
                    new RedisProgressCache(redis, cipher)));
        }

        void close() {
            audits.close();
            redis.close();
            database.close();
        }
    }

    @BeforeAll
    static void openInstances() {
        MariaDbServer.Schema schema = MariaDbServer.freshSchema();
        RedisSettings redis = RedisSettings.of(RedisServer.url()).withNamespace(RedisServer.uniqueNamespace());
        first = Instance.open(schema, redis);
        second = Instance.open(schema, redis);
    }

    @AfterAll
    static void closeInstances() {
        first.close();
        second.close();
    }

    @Override
    protected AuditRepository repository() {
        return first.audits();
    }

    @Test
    void aWriteThroughOneInstanceIsSeenAtOnceByAReadThroughTheOther() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit created = first.audits().create(AuditSamples.guestDraft(token, AuditSamples.T0));
        long hitsBefore = second.audits().statistics().hits();

        assertSameAudit(second.audits().find(created.id()).orElseThrow(), created);
        Instant now = AuditSamples.T0;
        for (int i = 0; i < 10; i++) {
            Instance writer = i % 2 == 0 ? first : second;
            Instance reader = i % 2 == 0 ? second : first;
            now = now.plusSeconds(1);
            Instant at = now;
            AnswerValue value = new AnswerValue.Text("save " + i);
            Audit written = writer.audits().update(created.id(), a -> a.answer(AuditSamples.scheme(),
                    ContractQuestionnaire.COMMENTS, value, at));

            assertSameAudit(reader.audits().find(created.id()).orElseThrow(), written);
            assertSameAudit(reader.audits().findByGuestToken(token.hash()).orElseThrow(), written);
        }
        Audit withEmail = first.audits().update(created.id(), a -> a.withGuestEmail(
                new EmailAddress("someone@example.com"), at(20)));
        assertSameAudit(second.audits().find(created.id()).orElseThrow(), withEmail);

        // Every read above came from the shared cache, none from the database.
        assertThat(second.audits().statistics().hits() - hitsBefore).isEqualTo(1 + 5 * 2 + 1);
    }

    @Test
    void aGuestAuditDeletedByTheRetentionOfOneInstanceIsNoLongerServedByTheOther() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit created = first.audits().create(AuditSamples.guestDraft(token, AuditSamples.T0));
        assertSameAudit(second.audits().findByGuestToken(token.hash()).orElseThrow(), created);
        long hitsBefore = second.audits().statistics().hits();
        assertThat(hitsBefore).as("the other instance reads it from the shared cache").isPositive();
        AuditRetention retention = first.audits().retention(new JdbiAuditRetention(first.database()));

        assertThat(retention.deleteIfExpired(created.id(), GuestRetention.DEFAULT,
                AuditSamples.T0.plus(Duration.ofDays(30)))).isTrue();

        assertThat(second.audits().find(created.id())).isEmpty();
        assertThat(second.audits().findByGuestToken(token.hash())).isEmpty();
        assertThat(first.audits().find(created.id())).isEmpty();
        assertThat(second.audits().statistics().hits()).as("both reads missed the cache").isEqualTo(hitsBefore);
    }

    private static Instant at(int seconds) {
        return AuditSamples.T0.plusSeconds(seconds);
    }
}
