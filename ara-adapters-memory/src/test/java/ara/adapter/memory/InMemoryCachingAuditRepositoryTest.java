package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.service.audit.CacheStatistics;
import ara.application.service.audit.CachingAuditRepository;
import ara.contract.AuditRepositoryContract;
import ara.contract.AuditSamples;
import ara.contract.ContractQuestionnaire;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.Audit;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The caching repository over the in-process repository and cache: the same contract, and its counters. */
class InMemoryCachingAuditRepositoryTest extends AuditRepositoryContract {
    private final CachingAuditRepository repository = new CachingAuditRepository(new InMemoryAuditRepository(),
            new InMemoryProgressCache());

    @Override
    protected AuditRepository repository() {
        return repository;
    }

    @Test
    void countsHitsAndMissesOfSingleAuditReads() {
        InMemoryAuditRepository store = new InMemoryAuditRepository();
        Audit known = store.create(AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0));
        GuestToken token = AuditSamples.newGuestToken();
        CachingAuditRepository caching = new CachingAuditRepository(store, new InMemoryProgressCache());

        caching.find(known.id());                                    // miss, fills the cache
        caching.find(known.id());                                    // hit
        caching.create(AuditSamples.guestDraft(token, AuditSamples.T0));
        caching.findByGuestToken(token.hash());                      // hit: create put it
        caching.find(AuditSamples.newId());                          // miss, nothing to fill
        caching.findByOwner(AuditSamples.newOwner(), 0, 10);         // not counted

        CacheStatistics statistics = caching.statistics();
        assertThat(statistics.hits()).isEqualTo(2);
        assertThat(statistics.misses()).isEqualTo(2);
        assertThat(statistics.hitRate()).isEqualTo(0.5);
        assertThat(statistics).hasToString("4 lookups, 2 hits, 2 misses, hit rate 50.0 %");
    }

    @Test
    void aWriteIsSeenByTheNextReadWithoutTheStoreBeingAsked() {
        InMemoryAuditRepository store = new InMemoryAuditRepository();
        InMemoryProgressCache cache = new InMemoryProgressCache();
        CachingAuditRepository caching = new CachingAuditRepository(store, cache);
        Audit audit = caching.create(AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0));

        Audit answered = caching.update(audit.id(), a -> a.answer(AuditSamples.scheme(),
                ContractQuestionnaire.HAS_API, new AnswerValue.Flag(true), AuditSamples.T0.plusSeconds(1)));

        assertThat(cache.find(audit.id())).containsSame(answered);
        assertThat(caching.find(audit.id())).containsSame(answered);
        assertThat(caching.statistics().misses()).isZero();
    }
}
