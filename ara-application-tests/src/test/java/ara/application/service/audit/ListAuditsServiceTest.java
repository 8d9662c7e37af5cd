package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.AuditPageView;
import ara.application.port.in.audit.ListAuditsQuery;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ListAuditsServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final ListAuditsService service = new ListAuditsService(ports.audits);
    private final Caller alice = Callers.alice();

    /** Alice's three audits, started a minute apart, oldest first. */
    private final AuditId first = startedByAliceThenAMinutePasses();
    private final AuditId second = startedByAliceThenAMinutePasses();
    private final AuditId third = startedByAliceThenAMinutePasses();

    private AuditId startedByAliceThenAMinutePasses() {
        AuditId id = drafts.startedBy(alice);
        ports.clock.advance(Duration.ofMinutes(1));
        return id;
    }

    @Test
    void aUserSeesTheirOwnAuditsNewestFirst() {
        drafts.startedBy(Callers.bob());

        AuditPageView page = service.list(new ListAuditsQuery(alice, 0, 10));

        assertThat(page.audits()).extracting(Audit::id).containsExactly(third, second, first);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.page()).isZero();
        assertThat(page.size()).isEqualTo(10);
    }

    @Test
    void pagesThroughTheAudits() {
        assertThat(service.list(new ListAuditsQuery(alice, 0, 2)).audits()).extracting(Audit::id)
                .containsExactly(third, second);
        AuditPageView last = service.list(new ListAuditsQuery(alice, 1, 2));
        assertThat(last.audits()).extracting(Audit::id).containsExactly(first);
        assertThat(last.total()).isEqualTo(3);
    }

    @Test
    void aPageBeyondTheLastIsEmptyButKeepsTheTotal() {
        AuditPageView beyond = service.list(new ListAuditsQuery(alice, 3, 1));

        assertThat(beyond.audits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(3);
        assertThat(beyond.page()).isEqualTo(3);
    }

    @Test
    void aUserWithoutAuditsSeesNone() {
        AuditPageView page = service.list(new ListAuditsQuery(Callers.bob(), 0, 10));

        assertThat(page.audits()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void anAdminSeesTheirOwnAuditsNotEveryones() {
        assertThat(service.list(new ListAuditsQuery(Callers.admin(), 0, 10)).total()).isZero();
    }

    @Test
    void aGuestSeesTheOneAuditOfTheirToken() {
        GuestDraft guest = drafts.startedByGuest();
        drafts.startedByGuest();

        AuditPageView page = service.list(new ListAuditsQuery(guest.caller(), 0, 10));

        assertThat(page.audits()).extracting(Audit::id).containsExactly(guest.id());
        assertThat(page.total()).isEqualTo(1);
        assertThat(service.list(new ListAuditsQuery(guest.caller(), 1, 10)).audits()).isEmpty();
    }

    @Test
    void aUserPresentingAGuestTokenSeesTheirOwnAudits() {
        GuestDraft guest = drafts.startedByGuest();
        Caller aliceWithToken = new Caller(alice.user(), guest.token(), null, null);

        assertThat(service.list(new ListAuditsQuery(aliceWithToken, 0, 10)).audits()).extracting(Audit::id)
                .containsExactly(third, second, first);
    }

    @Test
    void aGuestWhoseTokenReachesNothingSeesNothing() {
        GuestDraft guest = drafts.startedByGuest();
        new ClaimAuditService(ports.catalog, ports.audits, ports.guestPolicy, ports.log, ports.clock)
                .claim(guest.id(), new Caller(Callers.bob().user(), guest.token(), null, null));

        AuditPageView page = service.list(new ListAuditsQuery(guest.caller(), 0, 10));

        assertThat(page.audits()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void anAnonymousCallerSeesNothing() {
        AuditPageView page = service.list(new ListAuditsQuery(Callers.anonymous(), 0, 10));

        assertThat(page.audits()).isEmpty();
        assertThat(page.total()).isZero();
    }
}
