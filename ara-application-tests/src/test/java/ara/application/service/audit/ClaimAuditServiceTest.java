package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.AuditView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.OwnerId;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.Caller;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimAuditServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final ClaimAuditService service = new ClaimAuditService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.log,
            ports.clock);
    private final GuestDraft guest = drafts.startedByGuest();

    /** A signed-in user who also presents a guest token. */
    private static Caller signedInWith(Caller user, GuestToken token) {
        return new Caller(user.user(), token, "req-c", "192.0.2.20");
    }

    @Test
    void aSignedInUserWithTheTokenTakesTheAuditOverAndTheTokenStopsWorking() {
        drafts.answered(guest.id(), guest.caller(), ClassicAnswers.firstStep());
        ports.clock.advance(Duration.ofMinutes(10));

        AuditView view = service.claim(guest.id(), signedInWith(Callers.alice(), guest.token()));

        Audit claimed = drafts.stored(guest.id());
        assertThat(view.audit()).isEqualTo(claimed);
        assertThat(claimed.owner()).contains(OwnerId.of(Callers.alice().user()));
        assertThat(claimed.guestToken()).isEmpty();
        assertThat(claimed.isGuestAudit()).isFalse();
        assertThat(claimed.answers()).isEqualTo(ClassicAnswers.firstStep());
        assertThat(claimed.updatedAt()).isEqualTo(InMemoryPorts.START.plus(Duration.ofMinutes(10)));
        assertThat(view.progress().completedStepIds()).containsExactly(ClassicAnswers.ORGANIZATION_OVERVIEW);
        assertThat(ports.audits.findByGuestToken(guest.token().hash())).isEmpty();
        assertThat(ports.audits.findByOwner(OwnerId.of(Callers.alice().user()), 0, 10)).containsExactly(claimed);
        assertThat(ports.log.latest(1)).containsExactly(new AuditEvent(InMemoryPorts.START.plus(
                Duration.ofMinutes(10)), "user:alice", "audit.claimed", "audit:" + guest.id(), AuditEvent.SUCCESS,
                "req-c", "192.0.2.20"));
        assertThatThrownBy(() -> new GetAuditService(ports.catalog, ports.audits, ports.guestPolicy, ports.log,
                ports.clock)
                .get(guest.id(), guest.caller()))
                .isInstanceOf(AuditNotFound.class);
    }

    @Test
    void theClaimedDraftJoinsTheUsersOtherAudits() {
        AuditId own = drafts.startedBy(Callers.alice());

        service.claim(guest.id(), signedInWith(Callers.alice(), guest.token()));

        assertThat(ports.audits.countByOwner(OwnerId.of(Callers.alice().user()))).isEqualTo(2);
        assertThat(drafts.stored(own).version()).isEqualTo(1);
    }

    @Test
    void withoutTheTokenTheAuditDoesNotExistAndTheAttemptIsLogged() {
        assertThatThrownBy(() -> service.claim(guest.id(), Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(guest.id()));

        assertThat(drafts.stored(guest.id()).isGuestAudit()).isTrue();
        assertThat(ports.log.count("audit.claim", AuditEvent.DENIED)).isEqualTo(1);
        assertThat(ports.log.count("audit.claimed", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void anotherAuditsTokenDoesNotClaimIt() {
        GuestDraft other = drafts.startedByGuest();

        assertThatThrownBy(() -> service.claim(guest.id(), signedInWith(Callers.alice(), other.token())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(drafts.stored(guest.id()).isGuestAudit()).isTrue();
        assertThat(ports.log.count("audit.claim", AuditEvent.DENIED)).isEqualTo(1);
    }

    @Test
    void anAdminWithoutTheTokenCannotClaimAGuestAudit() {
        assertThatThrownBy(() -> service.claim(guest.id(), Callers.admin())).isInstanceOf(AuditNotFound.class);
        assertThat(drafts.stored(guest.id()).isGuestAudit()).isTrue();
    }

    @Test
    void anAuditIsClaimedOnce() {
        service.claim(guest.id(), signedInWith(Callers.alice(), guest.token()));

        assertThatThrownBy(() -> service.claim(guest.id(), signedInWith(Callers.bob(), guest.token())))
                .isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.claim(guest.id(), signedInWith(Callers.alice(), guest.token())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(drafts.stored(guest.id()).owner()).contains(OwnerId.of(Callers.alice().user()));
    }

    @Test
    void aUsersAuditCannotBeClaimed() {
        AuditId owned = drafts.startedBy(Callers.alice());

        assertThatThrownBy(() -> service.claim(owned, signedInWith(Callers.alice(), guest.token())))
                .isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.claim(owned, Callers.alice())).isInstanceOf(AuditNotFound.class);
        assertThat(drafts.stored(owned).version()).isEqualTo(1);
    }

    @Test
    void aGuestMustSignInToClaim() {
        assertThatThrownBy(() -> service.claim(guest.id(), guest.caller()))
                .isInstanceOf(AuthenticationRequired.class);
        assertThat(drafts.stored(guest.id()).isGuestAudit()).isTrue();
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        mustAuthenticate(ports.log, () -> service.claim(guest.id(), Callers.anonymous()));
        assertThat(ports.log.count("audit.claim", AuditEvent.DENIED)).isZero();
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.claim(unknown, signedInWith(Callers.alice(), guest.token())))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }
}
