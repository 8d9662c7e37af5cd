package ara.application.service.audit;

import ara.adapter.memory.InMemoryProgressCache;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;
import ara.domain.identity.EmailAddress;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Guest retention through the cache: what the store deletes leaves the cache, what it keeps stays cached. */
class CachingAuditRetentionTest {
    private static final GuestRetention RULE = GuestRetention.DEFAULT;

    private final InMemoryPorts ports = new InMemoryPorts();
    private final InMemoryProgressCache cache = new InMemoryProgressCache();
    private final CachingAuditRepository caching = new CachingAuditRepository(ports.audits, cache);
    private final CachingAuditRetention retention = new CachingAuditRetention(ports.audits, cache);
    private final StartedAudits drafts = new StartedAudits(ports, caching);

    @Test
    void anExpiredGuestAuditIsDeletedAndEvicted() {
        GuestDraft guest = drafts.startedByGuest();
        ports.clock.advance(RULE.withoutEmail());

        assertThat(retention.expiredGuestAudits(RULE, ports.clock.instant(), 10)).containsExactly(guest.id());
        assertThat(retention.deleteIfExpired(guest.id(), RULE, ports.clock.instant())).isTrue();

        assertThat(ports.audits.find(guest.id())).isEmpty();
        assertThat(cache.find(guest.id())).isEmpty();
        assertThat(cache.findByGuestToken(guest.token().hash())).isEmpty();
        assertThat(caching.find(guest.id())).isEmpty();
    }

    @Test
    void anAuditTheStoreKeepsStaysCached() {
        GuestDraft guest = drafts.startedByGuest();
        new GiveGuestEmailService(ports.catalog, caching, ports.guestPolicy, ports.log, ports.clock).giveEmail(
                new GiveGuestEmailCommand(guest.id(), new EmailAddress("guest@example.org"), guest.caller()));
        ports.clock.advance(RULE.withoutEmail().plus(Duration.ofDays(1)));

        assertThat(retention.expiredGuestAudits(RULE, ports.clock.instant(), 10)).isEmpty();
        assertThat(retention.deleteIfExpired(guest.id(), RULE, ports.clock.instant())).isFalse();

        assertThat(cache.find(guest.id())).isPresent();
        assertThat(caching.find(guest.id())).isPresent();
    }

    @Test
    void aUsersAuditNeverExpires() {
        AuditId audit = drafts.startedBy(Callers.alice());
        ports.clock.advance(RULE.withEmail().multipliedBy(10));

        assertThat(retention.deleteIfExpired(audit, RULE, ports.clock.instant())).isFalse();
        assertThat(cache.find(audit)).isPresent();
    }
}
