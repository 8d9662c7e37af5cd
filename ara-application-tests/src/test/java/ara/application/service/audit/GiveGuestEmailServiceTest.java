package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.NotAGuestAudit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GiveGuestEmailServiceTest {
    private static final EmailAddress EMAIL = new EmailAddress("guest@example.org");

    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final GiveGuestEmailService service = new GiveGuestEmailService(ports.catalog, ports.audits,
            ports.guestPolicy, ports.log,
            ports.clock);
    private final GuestDraft guest = drafts.startedByGuest();

    @Test
    void recordsTheEmailOnTheGuestsAuditAndLogsIt() {
        ports.clock.advance(Duration.ofMinutes(1));

        AuditView view = service.giveEmail(new GiveGuestEmailCommand(guest.id(), EMAIL,
                guest.caller().from("req-5", "192.0.2.5")));

        assertThat(view.audit().guestEmail()).contains(EMAIL);
        assertThat(view.audit().version()).isEqualTo(2);
        assertThat(view.audit().isGuestAudit()).isTrue();
        assertThat(drafts.stored(guest.id())).isEqualTo(view.audit());
        assertThat(ports.log.latest(1)).containsExactly(new AuditEvent(InMemoryPorts.START.plusSeconds(60), "guest",
                "audit.guest_email", "audit:" + guest.id(), AuditEvent.SUCCESS, "req-5", "192.0.2.5"));
    }

    @Test
    void aLaterEmailReplacesTheEarlierOne() {
        service.giveEmail(new GiveGuestEmailCommand(guest.id(), EMAIL, guest.caller()));

        service.giveEmail(new GiveGuestEmailCommand(guest.id(), new EmailAddress("other@example.org"),
                guest.caller()));

        assertThat(drafts.stored(guest.id()).guestEmail()).contains(new EmailAddress("other@example.org"));
    }

    @Test
    void aSignedInUsersAuditTakesNoGuestEmail() {
        AuditId owned = drafts.startedBy(Callers.alice());

        assertThatThrownBy(() -> service.giveEmail(new GiveGuestEmailCommand(owned, EMAIL, Callers.alice())))
                .isInstanceOf(NotAGuestAudit.class);
        assertThat(drafts.stored(owned).guestEmail()).isEmpty();
        assertThat(ports.log.count("audit.guest_email", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void aGuestWithAnotherTokenIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        GuestDraft other = drafts.startedByGuest();

        assertThatThrownBy(() -> service.giveEmail(new GiveGuestEmailCommand(guest.id(), EMAIL, other.caller())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(drafts.stored(guest.id()).guestEmail()).isEmpty();
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(1);
        assertThat(ports.log.count("audit.guest_email", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void aSignedInStrangerIsToldTheAuditDoesNotExist() {
        deniedAndLogged(ports.log, "user:bob", guest.id(), () -> service.giveEmail(new GiveGuestEmailCommand(
                guest.id(), EMAIL, Callers.bob())))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void anAdminMayRecordTheEmail() {
        service.giveEmail(new GiveGuestEmailCommand(guest.id(), EMAIL, Callers.admin()));

        assertThat(drafts.stored(guest.id()).guestEmail()).contains(EMAIL);
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        mustAuthenticate(ports.log, () -> service.giveEmail(new GiveGuestEmailCommand(guest.id(), EMAIL,
                Callers.anonymous())));
        assertThat(drafts.stored(guest.id()).guestEmail()).isEmpty();
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.giveEmail(new GiveGuestEmailCommand(unknown, EMAIL, guest.caller())))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }
}
