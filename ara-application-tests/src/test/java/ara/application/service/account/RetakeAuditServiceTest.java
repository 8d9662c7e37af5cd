package ara.application.service.account;

import ara.application.fixture.AccessAssertions;
import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.account.RetakenAuditView;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetakeAuditServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final RetakeAuditService service = new RetakeAuditService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.auditIds, ports.secrets, ports.log, ports.clock);
    private final StartedAudits started = new StartedAudits(ports);

    private AuditId retakeId(RetakenAuditView view) {
        return view.started().audit().audit().id();
    }

    @Test
    void theOwnerRetakesAScoredAuditAsANewDraftWithTheEarlierAnswers() {
        AuditId earlier = started.scoredBy(Callers.alice());

        RetakenAuditView view = service.retake(earlier, Callers.alice());

        Audit retake = started.stored(retakeId(view));
        assertThat(retake.id()).isNotEqualTo(earlier);
        assertThat(retake.status()).isEqualTo(AuditStatus.DRAFT);
        assertThat(retake.owner()).contains(new OwnerId("alice"));
        assertThat(retake.organizationName()).isEqualTo(started.stored(earlier).organizationName());
        assertThat(retake.answers()).isEqualTo(started.stored(earlier).answers());
        assertThat(view.started().issuedGuestToken()).as("a user's retake needs no token").isEmpty();
        assertThat(view.leftEmpty()).isEmpty();
        assertThat(view.notCarried()).isEmpty();
        assertThat(started.stored(earlier).status()).as("the earlier audit is untouched").isEqualTo(AuditStatus.SCORED);
    }

    @Test
    void logsTheNewAuditAsCreated() {
        AuditId earlier = started.scoredBy(Callers.alice());

        AuditId retake = retakeId(service.retake(earlier, Callers.alice()));

        AuditEvent event = ports.log.latest(1).getFirst();
        assertThat(event.action()).isEqualTo("audit.created");
        assertThat(event.actor()).isEqualTo("user:alice");
        assertThat(event.target()).isEqualTo("audit:" + retake);
        assertThat(event.outcome()).isEqualTo(AuditEvent.SUCCESS);
    }

    @Test
    void aDraftsPartialAnswersAreCarriedAndTheRestIsLeftEmpty() {
        AuditId earlier = started.answered(started.startedBy(Callers.alice()), Callers.alice(),
                ClassicAnswers.firstStep());

        RetakenAuditView view = service.retake(earlier, Callers.alice());

        assertThat(started.stored(retakeId(view)).answers()).isEqualTo(started.stored(earlier).answers());
        assertThat(view.leftEmpty()).isNotEmpty().doesNotContain(ClassicAnswers.COMPANY_SIZE)
                .contains(ClassicAnswers.TECH_STACK_MATURITY);
    }

    @Test
    void aGuestsRetakeIsANewGuestAuditWithATokenOfItsOwn() {
        StartedAudits.GuestDraft earlier = started.startedByGuest();
        started.answered(earlier.id(), earlier.caller(), ClassicAnswers.firstStep());

        RetakenAuditView view = service.retake(earlier.id(), earlier.caller());

        GuestToken token = view.started().issuedGuestToken().orElseThrow();
        Audit retake = started.stored(retakeId(view));
        assertThat(token).isNotEqualTo(earlier.token());
        assertThat(retake.owner()).isEmpty();
        assertThat(retake.guestToken()).contains(token.hash());
        assertThat(Owners.owns(Callers.guest(earlier.token()), retake)).as("the earlier token").isFalse();
        assertThat(retake.answers()).isEqualTo(started.stored(earlier.id()).answers());
    }

    @Test
    void anAdminMayReadButNotRetakeSomeoneElsesAudit() {
        AuditId earlier = started.scoredBy(Callers.alice());

        assertThatThrownBy(() -> service.retake(earlier, Callers.admin()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(earlier));
        assertThat(ports.audits.findByOwner(new OwnerId("alice"), 0, 10)).hasSize(1);
        assertThat(ports.audits.findByOwner(new OwnerId("root"), 0, 10)).isEmpty();
    }

    @Test
    void anotherUserIsDenied() {
        AuditId earlier = started.scoredBy(Callers.alice());

        AccessAssertions.deniedAndLogged(ports.log, "user:bob", earlier,
                () -> service.retake(earlier, Callers.bob())).isInstanceOf(AuditNotFound.class);
        assertThat(ports.audits.findByOwner(new OwnerId("bob"), 0, 10)).isEmpty();
    }

    @Test
    void anotherGuestIsDenied() {
        StartedAudits.GuestDraft earlier = started.startedByGuest();
        StartedAudits.GuestDraft stranger = started.startedByGuest();

        AccessAssertions.deniedAndLogged(ports.log, stranger.caller().actor(), earlier.id(),
                () -> service.retake(earlier.id(), stranger.caller())).isInstanceOf(AuditNotFound.class);
    }

    @Test
    void nobodyMustAuthenticateAndAnUnknownAuditIsNotFound() {
        AuditId earlier = started.scoredBy(Callers.alice());
        AuditId unknown = ports.auditIds.next();

        AccessAssertions.mustAuthenticate(ports.log, () -> service.retake(earlier, Callers.anonymous()));
        assertThatThrownBy(() -> service.retake(unknown, Callers.alice()))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }
}
