package ara.contract;

import ara.application.port.out.audit.ProgressCache;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import ara.domain.identity.UserIdentity;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static ara.contract.AuditAssertions.assertSameAudit;
import static ara.contract.AuditSamples.T0;
import static ara.contract.AuditSamples.newOwner;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link ara.application.port.out.audit.ProgressCache} must have: hits return the audit exactly as
 * put; a put never replaces a newer or equal version; guest tokens reach their audit only while it carries them;
 * entries expire; an evicted (deleted) audit is a miss by id and by token, and stays one whatever is put later.
 * Tests share the cache and isolate themselves with fresh random audits.
 */
public abstract class ProgressCacheContract {

    /** The cache under test; the same instance may be returned to every test. */
    protected abstract ProgressCache cache();

    /** A new cache over the same kind of store whose entries live {@code ttl} after their last put. */
    protected abstract ProgressCache cacheWithTtl(Duration ttl);

    /** The same audit at another version, with another organisation name (to tell versions apart). */
    protected static Audit atVersion(Audit audit, long version, String organizationName) {
        return audit.snapshot().toBuilder()
                .organizationName(organizationName)
                .version(version)
                .updatedAt(audit.updatedAt().plusSeconds(version))
                .reload();
    }

    @Test
    void anAuditNeverPutIsAMiss() {
        assertThat(cache().find(AuditSamples.newId())).isEmpty();
        assertThat(cache().findByGuestToken(AuditSamples.newGuestToken().hash())).isEmpty();
    }

    @Test
    void aPutAuditIsAHit() {
        Audit draft = AuditSamples.draft(newOwner(), T0);

        cache().put(draft);

        assertSameAudit(cache().find(draft.id()).orElseThrow(), draft);
    }

    @Test
    void anAuditWithEveryFieldRoundTripsExactly() {
        Audit full = AuditSamples.everyField(newOwner(), T0);

        cache().put(full);

        Audit found = cache().find(full.id()).orElseThrow();
        assertSameAudit(found, full);
        // Guard against a vacuous comparison: the sample really has every part.
        assertThat(found.owner()).isPresent();
        assertThat(found.guestToken()).isPresent();
        assertThat(found.guestEmail()).isPresent();
        assertThat(found.submittedAt()).isPresent();
        assertThat(found.result()).isPresent();
        assertThat(found.answers().size()).isEqualTo(AuditSamples.answersOfEveryShape().size());
    }

    @Test
    void aNewerVersionReplacesTheEntry() {
        Audit v1 = AuditSamples.draft(newOwner(), T0);
        Audit v2 = atVersion(v1, 2, "Second");

        cache().put(v1);
        cache().put(v2);

        assertSameAudit(cache().find(v1.id()).orElseThrow(), v2);
    }

    @Test
    void anOlderVersionPutAfterANewerOneIsIgnored() {
        Audit v1 = AuditSamples.draft(newOwner(), T0);
        Audit v3 = atVersion(v1, 3, "Third");

        cache().put(v3);
        cache().put(atVersion(v1, 2, "Second, late"));
        cache().put(v1);

        assertSameAudit(cache().find(v1.id()).orElseThrow(), v3);
    }

    @Test
    void aPutOfTheSameVersionChangesNothing() {
        Audit first = atVersion(AuditSamples.draft(newOwner(), T0), 4, "First");

        cache().put(first);
        cache().put(atVersion(first, 4, "Same version, other content"));

        assertSameAudit(cache().find(first.id()).orElseThrow(), first);
    }

    @Test
    void auditsAreIndependent() {
        Audit one = AuditSamples.draft(newOwner(), T0);
        Audit other = AuditSamples.draft(newOwner(), T0);

        cache().put(atVersion(one, 5, "Five"));
        cache().put(other);

        assertSameAudit(cache().find(other.id()).orElseThrow(), other);
        assertThat(cache().find(one.id()).orElseThrow().version()).isEqualTo(5);
    }

    @Test
    void aGuestTokenReachesItsAudit() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = AuditSamples.guestDraft(token, T0);

        cache().put(guest);

        assertSameAudit(cache().findByGuestToken(token.hash()).orElseThrow(), guest);
        assertThat(cache().findByGuestToken(AuditSamples.newGuestToken().hash())).isEmpty();
    }

    @Test
    void aTokenTheCachedAuditNoLongerCarriesIsAMiss() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = AuditSamples.guestDraft(token, T0);
        cache().put(guest);
        Audit claimed = guest.claim(new UserIdentity("claimant-" + UUID.randomUUID(), null, Set.of()),
                T0.plusSeconds(1));
        assertThat(claimed.guestToken()).isEmpty();

        cache().put(claimed);

        assertThat(cache().findByGuestToken(token.hash())).isEmpty();
        assertSameAudit(cache().find(guest.id()).orElseThrow(), claimed);
    }

    @Test
    void anEvictedAuditIsAMissByIdAndByGuestToken() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = atVersion(AuditSamples.guestDraft(token, T0), 3, "Cached");
        Audit other = AuditSamples.guestDraft(AuditSamples.newGuestToken(), T0);
        cache().put(guest);
        cache().put(other);
        assertThat(cache().findByGuestToken(token.hash())).as("cached before the evict").isPresent();

        cache().evict(guest.id());

        assertThat(cache().find(guest.id())).isEmpty();
        assertThat(cache().findByGuestToken(token.hash())).isEmpty();
        assertSameAudit(cache().find(other.id()).orElseThrow(), other);
        assertSameAudit(cache().findByGuestToken(other.guestToken().orElseThrow()).orElseThrow(), other);
    }

    @Test
    void aPutOfAnEvictedAuditIsIgnoredWhateverItsVersion() {
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = atVersion(AuditSamples.guestDraft(token, T0), 2, "Cached");
        cache().put(guest);

        cache().evict(guest.id());
        // A reader that loaded the audit before it was deleted fills the cache after the evict.
        cache().put(guest);
        cache().put(atVersion(guest, 1, "Older"));
        cache().put(atVersion(guest, 3, "Newer"));

        assertThat(cache().find(guest.id())).isEmpty();
        assertThat(cache().findByGuestToken(token.hash())).isEmpty();
    }

    @Test
    void evictingAnAuditNeverCachedGuardsItToo() {
        Audit guest = AuditSamples.guestDraft(AuditSamples.newGuestToken(), T0);

        cache().evict(guest.id());
        cache().evict(guest.id());
        cache().put(guest);

        assertThat(cache().find(guest.id())).isEmpty();
        assertThat(cache().findByGuestToken(guest.guestToken().orElseThrow())).isEmpty();
    }

    @Test
    void concurrentPutsAndAnEvictLeaveAMiss() throws Exception {
        Audit base = AuditSamples.draft(newOwner(), T0);
        cache().put(base);
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (long version = 1 + thread; version <= 200; version += threads) {
                        cache().put(atVersion(base, version, "v" + version));
                    }
                }));
            }
            futures.add(pool.submit(() -> cache().evict(base.id())));
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(cache().find(base.id())).as("no put before or after the evict brings it back").isEmpty();
    }

    @Test
    void entriesExpireAfterTheirTtl() throws InterruptedException {
        ProgressCache shortLived = cacheWithTtl(Duration.ofSeconds(2));
        GuestToken token = AuditSamples.newGuestToken();
        Audit guest = AuditSamples.guestDraft(token, T0);

        shortLived.put(guest);
        assertThat(shortLived.find(guest.id())).as("right after the put").isPresent();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (shortLived.find(guest.id()).isPresent() || shortLived.findByGuestToken(token.hash()).isPresent()) {
            assertThat(System.nanoTime()).as("expired within 20 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void concurrentPutsOfManyVersionsLeaveTheNewest() throws Exception {
        Audit base = AuditSamples.draft(newOwner(), T0);
        List<Long> versions = new ArrayList<>(LongStream.rangeClosed(1, 200).boxed().toList());
        Collections.shuffle(versions);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = thread; i < versions.size(); i += threads) {
                        cache().put(atVersion(base, versions.get(i), "v" + versions.get(i)));
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Audit found = cache().find(base.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(200);
        assertThat(found.organizationName()).contains("v200");
    }
}
