package ara.adapter.redis;

import ara.atrest.seal.DataKey;
import ara.atrest.seal.DataKeyRing;
import ara.atrest.seal.PersonalDataCipher;
import ara.application.port.out.audit.ProgressCache;
import ara.contract.AuditSamples;
import ara.contract.ProgressCacheContract;
import ara.contract.RedisServer;
import ara.domain.audit.Audit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

import static ara.contract.AuditAssertions.assertSameAudit;
import static org.assertj.core.api.Assertions.assertThat;

/** The Redis progress cache against the contract, and what it keeps in Redis. */
class RedisProgressCacheTest extends ProgressCacheContract {
    static final PersonalDataCipher CIPHER = new PersonalDataCipher(
            DataKeyRing.of(DataKey.generate("cache-test", new SecureRandom())));
    private static final RedisSettings SETTINGS = RedisSettings.of(RedisServer.url())
            .withNamespace(RedisServer.uniqueNamespace());
    private static final RedisConnection CONNECTION = RedisConnection.open(SETTINGS);

    private final RedisProgressCache cache = new RedisProgressCache(CONNECTION, CIPHER);

    @AfterAll
    static void close() {
        CONNECTION.close();
    }

    @Override
    protected ProgressCache cache() {
        return cache;
    }

    @Override
    protected ProgressCache cacheWithTtl(Duration ttl) {
        return new RedisProgressCache(CONNECTION, CIPHER, ttl);
    }

    @Test
    void keepsOneHashPerAuditAndOneKeyPerGuestTokenUnderTheNamespaceBothExpiring() {
        Audit full = AuditSamples.everyField(AuditSamples.newOwner(), AuditSamples.T0);

        cache.put(full);

        assertThat(CONNECTION.client().hget(auditKey(full), "v")).isEqualTo(Long.toString(full.version()));
        assertThat(CONNECTION.client().get(tokenKey(full))).isEqualTo(full.id().toString());
        assertLivesAnHour(auditKey(full));
        assertLivesAnHour(tokenKey(full));
    }

    @Test
    void theGuestsEmailIsNeverInClearInRedis() {
        Audit full = AuditSamples.everyField(AuditSamples.newOwner(), AuditSamples.T0);
        String email = full.guestEmail().orElseThrow().value();

        cache.put(full);

        byte[] stored = CONNECTION.client().hget(bytes(SETTINGS.namespace() + ":audit:" + full.id()), bytes("d"));
        String document = new String(stored, StandardCharsets.UTF_8);
        assertThat(document).doesNotContain(email).doesNotContain("guest.person");
        assertThat(document).contains("Ørsted & Søn");
    }

    @Test
    void anEntryThatCannotBeReadIsAMiss() {
        Audit draft = AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0);
        Audit sealedUnderAnotherKey = AuditSamples.everyField(AuditSamples.newOwner(), AuditSamples.T0);
        cache.put(draft);
        new RedisProgressCache(CONNECTION, new PersonalDataCipher(DataKeyRing.of(DataKey.generate("other",
                new SecureRandom())))).put(sealedUnderAnotherKey);

        CONNECTION.client().hset(SETTINGS.namespace() + ":audit:" + draft.id(), "d", "{\"format\":99}");

        assertThat(cache.find(draft.id())).isEmpty();
        assertThat(cache.find(sealedUnderAnotherKey.id())).isEmpty();
        // A put of a newer version heals the entry.
        Audit next = atVersion(draft, 2, "Healed");
        cache.put(next);
        assertSameAudit(cache.find(draft.id()).orElseThrow(), next);
    }

    @Test
    void anEvictLeavesAnExpiringTombstoneAndDeletesTheGuestTokenKey() {
        Audit guest = AuditSamples.everyField(AuditSamples.newOwner(), AuditSamples.T0);
        cache.put(guest);
        assertThat(CONNECTION.client().exists(tokenKey(guest))).isTrue();

        cache.evict(guest.id());

        assertThat(CONNECTION.client().hgetAll(auditKey(guest)))
                .containsExactly(Map.entry("v", Long.toString(RedisProgressCache.DELETED)));
        assertLivesAnHour(auditKey(guest));
        assertThat(CONNECTION.client().exists(tokenKey(guest))).isFalse();
        cache.put(guest);
        assertThat(CONNECTION.client().exists(tokenKey(guest))).as("a late put does not recreate the token key")
                .isFalse();
        assertThat(CONNECTION.client().pttl(auditKey(guest))).as("nor keeps the tombstone alive")
                .isLessThan(3_600_000L);
    }

    @Test
    void runsTheScriptAgainAfterTheServerForgotIt() {
        Audit draft = AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0);
        CONNECTION.client().scriptFlush();

        cache.put(draft);

        assertSameAudit(cache.find(draft.id()).orElseThrow(), draft);
    }

    private static void assertLivesAnHour(String key) {
        assertThat(CONNECTION.client().pttl(key)).isBetween(3_590_000L, 3_600_000L);
    }

    private static String auditKey(Audit audit) {
        return SETTINGS.namespace() + ":audit:" + audit.id();
    }

    private static String tokenKey(Audit audit) {
        return SETTINGS.namespace() + ":gt:" + audit.guestToken().orElseThrow().hex();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
