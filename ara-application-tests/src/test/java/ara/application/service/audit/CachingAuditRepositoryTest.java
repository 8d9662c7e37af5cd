package ara.application.service.audit;

import ara.adapter.memory.InMemoryProgressCache;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.GuestRetention;
import ara.domain.identity.Caller;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use cases over the caching repository: they read their writes from the cache, and the store stays the truth. */
class CachingAuditRepositoryTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryProgressCache cache = new InMemoryProgressCache();
    private final CachingAuditRepository caching = new CachingAuditRepository(ports.audits, cache);
    private final StartedAudits drafts = new StartedAudits(ports, caching);
    private final GetAuditService get = new GetAuditService(ports.catalog, caching, ports.guestPolicy, ports.log,
            ports.clock);
    private final Caller alice = Callers.alice();

    @Test
    void aStartedAuditIsReadFromTheCache() {
        AuditId audit = drafts.startedBy(alice);

        assertThat(get.get(audit, alice).audit()).isEqualTo(ports.audits.find(audit).orElseThrow());
        assertThat(caching.statistics()).isEqualTo(new CacheStatistics(1, 0));
    }

    @Test
    void aSavedAnswerIsStoredAndTheNextReadSeesItFromTheCache() {
        AuditId audit = drafts.startedBy(alice);

        new SaveAnswerService(ports.catalog, caching, ports.guestPolicy, ports.log, ports.clock, ports.allowances)
                .save(new SaveAnswerCommand(audit, INDUSTRY, choice("education"), null, alice));

        assertThat(ports.audits.find(audit).orElseThrow().answers().get(INDUSTRY)).contains(choice("education"));
        assertThat(cache.find(audit).orElseThrow().version()).isEqualTo(2);
        assertThat(get.get(audit, alice).audit().answers().get(INDUSTRY)).contains(choice("education"));
        assertThat(caching.statistics().misses()).isZero();
    }

    @Test
    void aMissLoadsFromTheStoreAndFillsTheCache() {
        AuditId stored = new StartedAudits(ports).startedBy(alice);

        get.get(stored, alice);
        get.get(stored, alice);

        assertThat(caching.statistics()).isEqualTo(new CacheStatistics(1, 1));
        assertThat(cache.find(stored)).isEqualTo(ports.audits.find(stored));
    }

    @Test
    void anUnknownAuditIsAMissAndStaysNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> get.get(unknown, alice)).isInstanceOf(AuditNotFound.class);
        assertThat(caching.statistics()).isEqualTo(new CacheStatistics(0, 1));
        assertThat(cache.find(unknown)).isEmpty();
    }

    @Test
    void aGuestsListingIsAnsweredByTheCache() {
        GuestDraft guest = drafts.startedByGuest();
        ListAuditsService list = new ListAuditsService(caching);

        assertThat(list.list(new ListAuditsQuery(guest.caller(), 0, 10)).total()).isEqualTo(1);
        assertThat(caching.statistics().hits()).isEqualTo(1);
    }

    @Test
    void aClaimedAuditIsNoLongerReachedByItsTokenThroughTheCache() {
        GuestDraft guest = drafts.startedByGuest();

        new ClaimAuditService(ports.catalog, caching, ports.guestPolicy, ports.log, ports.clock)
                .claim(guest.id(), new Caller(alice.user(), guest.token(), null, null));

        assertThat(new ListAuditsService(caching).list(new ListAuditsQuery(guest.caller(), 0, 10)).audits())
                .isEmpty();
        assertThatThrownBy(() -> get.get(guest.id(), guest.caller())).isInstanceOf(AuditNotFound.class);
        assertThat(get.get(guest.id(), alice).audit().owner()).isPresent();
    }

    @Test
    void listingsAndCountsGoToTheStoreUncounted() {
        drafts.startedBy(alice);
        new StartedAudits(ports).startedBy(alice);

        assertThat(new ListAuditsService(caching).list(new ListAuditsQuery(alice, 0, 10)).total()).isEqualTo(2);
        assertThat(caching.statistics().lookups()).isZero();
    }

    @Test
    void closingOnlyLogsTheStatistics() {
        AuditId audit = drafts.startedBy(alice);

        caching.close();

        assertThat(get.get(audit, alice).audit().id()).isEqualTo(audit);
        assertThat(caching.statistics()).isEqualTo(new CacheStatistics(1, 0));
    }

    @Test
    void itsRetentionEvictsWhatItDeletes() {
        GuestDraft guest = drafts.startedByGuest();
        ports.clock.advance(GuestRetention.DEFAULT.withoutEmail());

        boolean deleted = caching.retention(ports.audits).deleteIfExpired(guest.id(),
                GuestRetention.DEFAULT, ports.clock.instant());

        assertThat(deleted).isTrue();
        assertThat(cache.find(guest.id())).isEmpty();
        assertThatThrownBy(() -> get.get(guest.id(), guest.caller())).isInstanceOf(AuditNotFound.class);
    }
}
