package ara.adapter.redis;

import ara.adapter.memory.InMemoryAuditRepository;
import ara.application.service.audit.CachingAuditRepository;
import ara.contract.AuditSamples;
import ara.contract.ContractQuestionnaire;
import ara.contract.PrivateRedis;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Protocol;

import java.time.Duration;
import java.util.Optional;

import static ara.contract.AuditAssertions.assertSameAudit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault tests of the progress cache on a Redis of the test's own: callers never see a failure, an instance never
 * serves an entry it failed to update or to evict (also when the failed call left the old entry in Redis), and the
 * cache is used again within 10 s of Redis coming back. The class timeout only guards against a hang.
 */
@Timeout(120)
class RedisProgressCacheOutageTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final RedisGuardSettings QUICK_PROBES = new RedisGuardSettings(3, Duration.ofMillis(200), 1);

    private PrivateRedis redis;
    private RedisConnection first;
    private RedisConnection second;
    private RedisConnection admin;

    @BeforeEach
    void startRedis() {
        redis = PrivateRedis.start();
        RedisSettings settings = RedisSettings.of(redis.url()).withTimeouts(SHORT, SHORT).withNamespace("cache");
        first = RedisConnection.open(settings, QUICK_PROBES);
        second = RedisConnection.open(settings, QUICK_PROBES);
        admin = RedisConnection.open(settings);
    }

    @AfterEach
    void stopRedis() {
        first.close();
        second.close();
        admin.close();
        redis.close();
    }

    @Test
    void whileRedisIsDownReadsAndWritesGoToTheRepositoryAndTheCacheIsUsedAgainOnceItIsBack() throws Exception {
        InMemoryAuditRepository store = new InMemoryAuditRepository();
        CachingAuditRepository audits = new CachingAuditRepository(store,
                new RedisProgressCache(first, RedisProgressCacheTest.CIPHER));
        GuestToken token = AuditSamples.newGuestToken();
        Audit audit = audits.create(AuditSamples.guestDraft(token, AuditSamples.T0));

        redis.stop();

        Audit last = audit;
        for (int i = 0; i < 20; i++) {
            AnswerValue value = new AnswerValue.Text("autosave " + i);
            int second = i;
            last = audits.update(audit.id(), a -> a.answer(AuditSamples.scheme(), ContractQuestionnaire.COMMENTS,
                    value, AuditSamples.T0.plusSeconds(second + 1)));
            assertSameAudit(audits.find(audit.id()).orElseThrow(), last);
            assertSameAudit(audits.findByGuestToken(token.hash()).orElseThrow(), last);
        }
        assertSameAudit(store.find(audit.id()).orElseThrow(), last);
        assertThat(first.guard().available()).isFalse();
        long hitsWhileDown = audits.statistics().hits();

        redis.startAgain();

        Eventually.within(Duration.ofSeconds(10), "reads served by Redis again", () -> {
            audits.find(audit.id());
            return audits.statistics().hits() > hitsWhileDown;
        });
        assertSameAudit(audits.find(audit.id()).orElseThrow(), last);
    }

    @Test
    void anInstanceNeverServesAnEntryItFailedToUpdateEvenWhenTheOldEntryIsStillInRedis() throws Exception {
        RedisProgressCache cache = new RedisProgressCache(first, RedisProgressCacheTest.CIPHER);
        RedisProgressCache otherInstance = new RedisProgressCache(second, RedisProgressCacheTest.CIPHER);
        Audit v1 = AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0);
        Audit v2 = v1.answer(AuditSamples.scheme(), ContractQuestionnaire.HAS_API, new AnswerValue.Flag(true),
                AuditSamples.T0.plusSeconds(1));
        cache.put(v1);

        // Writes (scripts included) hang; reads still answer: the put of v2 times out and v1 stays in Redis.
        admin.client().executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("PAUSE").add("60000")
                .add("WRITE"));
        try {
            cache.put(v2);
            assertThat(cache.unsynced()).as("the failed put is remembered").isEqualTo(1);
            assertThat(cache.find(v1.id())).as("never the entry it failed to update").isEmpty();
            // The residual window (docs/adr/0008): another instance still serves v1 until the invalidation.
            assertThat(otherInstance.find(v1.id()).map(Audit::version)).contains(1L);
        } finally {
            admin.client().executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("UNPAUSE"));
        }

        Eventually.within(Duration.ofSeconds(10), "the failed put invalidated in Redis", () -> {
            Optional<Audit> found = cache.find(v1.id());
            assertThat(found).as("a miss until v2 is put").isEmpty();
            return cache.unsynced() == 0;
        });
        assertThat(otherInstance.find(v1.id())).as("the other instance no longer serves v1").isEmpty();
        cache.put(v1);
        assertThat(cache.find(v1.id())).as("a slow fill of v1 cannot replace the tombstone").isEmpty();
        cache.put(v2);
        assertSameAudit(otherInstance.find(v1.id()).orElseThrow(), v2);
    }

    @Test
    void anInstanceNeverServesAnAuditItFailedToEvictAndTheEvictLandsOnceRedisAnswers() throws Exception {
        RedisProgressCache cache = new RedisProgressCache(first, RedisProgressCacheTest.CIPHER);
        RedisProgressCache otherInstance = new RedisProgressCache(second, RedisProgressCacheTest.CIPHER);
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = AuditSamples.guestDraft(token, AuditSamples.T0);
        cache.put(guest);

        admin.client().executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("PAUSE").add("60000")
                .add("WRITE"));
        try {
            cache.evict(guest.id());
            assertThat(cache.unsynced()).as("the failed evict is remembered").isEqualTo(1);
            assertThat(cache.find(guest.id())).as("never the audit it failed to evict").isEmpty();
            assertThat(cache.findByGuestToken(token.hash())).isEmpty();
            // The residual window (docs/adr/0008): another instance still serves it until the invalidation.
            assertThat(otherInstance.find(guest.id())).isPresent();
        } finally {
            admin.client().executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("UNPAUSE"));
        }

        Eventually.within(Duration.ofSeconds(10), "the failed evict invalidated in Redis", () -> {
            assertThat(cache.find(guest.id())).isEmpty();
            return cache.unsynced() == 0;
        });
        assertThat(otherInstance.find(guest.id())).as("the other instance no longer serves it").isEmpty();
        assertThat(otherInstance.findByGuestToken(token.hash())).isEmpty();
        otherInstance.put(guest);
        otherInstance.put(guest.answer(AuditSamples.scheme(), ContractQuestionnaire.HAS_API, new AnswerValue.Flag(true),
                AuditSamples.T0.plusSeconds(1)));
        assertThat(cache.find(guest.id())).as("the invalidation left the evict's tombstone: no put lands").isEmpty();
    }

    @Test
    void aProcessAboutToExitFlushesAFailedEvictOnceRedisAnswersAgain() throws Exception {
        RedisProgressCache exiting = new RedisProgressCache(first, RedisProgressCacheTest.CIPHER);
        RedisProgressCache server = new RedisProgressCache(second, RedisProgressCacheTest.CIPHER);
        Audit guest = AuditSamples.guestDraft(AuditSamples.newGuestToken(), AuditSamples.T0);
        server.put(guest);

        admin.client().executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("PAUSE").add("60000")
                .add("WRITE"));
        try {
            exiting.evict(guest.id());
            assertThat(exiting.flush()).as("Redis still refuses writes").isFalse();
            assertThat(exiting.unsynced()).isEqualTo(1);
        } finally {
            admin.client().executeCommand(new CommandArguments(Protocol.Command.CLIENT).add("UNPAUSE"));
        }

        Eventually.within(Duration.ofSeconds(10), "the flush lands once Redis answers", exiting::flush);
        assertThat(exiting.unsynced()).isZero();
        assertThat(server.find(guest.id())).as("no instance serves the evicted audit").isEmpty();
        assertThat(exiting.flush()).as("nothing left: a no-op").isTrue();
    }
}
