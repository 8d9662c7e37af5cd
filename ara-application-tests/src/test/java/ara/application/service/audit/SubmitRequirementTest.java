package ara.application.service.audit;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.SubmitRequirement;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.GuestMustSignIn;
import ara.domain.identity.GuestSubmitPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit's view tells what submitting needs ({@code submitRequires}) for every guest policy, for a user's audit
 * and for a guest's with and without an email, and the submit agrees with it in every case.
 */
class SubmitRequirementTest {

    private enum Holder { USER, GUEST_WITHOUT_EMAIL, GUEST_WITH_EMAIL }

    @Test
    void underTheOpenPolicyNobodyNeedsAnything() {
        assertCase(GuestSubmitPolicy.OPEN, Holder.USER, SubmitRequirement.NOTHING);
        assertCase(GuestSubmitPolicy.OPEN, Holder.GUEST_WITHOUT_EMAIL, SubmitRequirement.NOTHING);
        assertCase(GuestSubmitPolicy.OPEN, Holder.GUEST_WITH_EMAIL, SubmitRequirement.NOTHING);
    }

    @Test
    void underTheEmailPolicyAGuestNeedsAnEmailUntilItIsGiven() {
        assertCase(GuestSubmitPolicy.EMAIL, Holder.USER, SubmitRequirement.NOTHING);
        assertCase(GuestSubmitPolicy.EMAIL, Holder.GUEST_WITHOUT_EMAIL, SubmitRequirement.EMAIL);
        assertCase(GuestSubmitPolicy.EMAIL, Holder.GUEST_WITH_EMAIL, SubmitRequirement.NOTHING);
    }

    @Test
    void underTheLoginPolicyAGuestMustSignInEvenWithAnEmail() {
        assertCase(GuestSubmitPolicy.LOGIN, Holder.USER, SubmitRequirement.NOTHING);
        assertCase(GuestSubmitPolicy.LOGIN, Holder.GUEST_WITHOUT_EMAIL, SubmitRequirement.SIGN_IN);
        assertCase(GuestSubmitPolicy.LOGIN, Holder.GUEST_WITH_EMAIL, SubmitRequirement.SIGN_IN);
    }

    @Test
    void everyServiceThatShowsTheAuditShowsTheRequirement() {
        InMemoryPorts ports = new InMemoryPorts();
        StartedAudits drafts = new StartedAudits(ports);
        GuestDraft guest = drafts.startedByGuest();
        GuestSubmitPolicy policy = GuestSubmitPolicy.LOGIN;

        assertThat(new SaveAnswersService(ports.catalog, ports.audits, policy, ports.log, ports.clock,
                ports.allowances).saveAll(new SaveAnswersCommand(guest.id(), ClassicAnswers.firstStep(), null, guest.caller()))
                .submitRequires())
                .isEqualTo(SubmitRequirement.SIGN_IN);
        assertThat(new GiveGuestEmailService(ports.catalog, ports.audits, policy, ports.log, ports.clock)
                .giveEmail(new GiveGuestEmailCommand(guest.id(), new EmailAddress("g@example.org"), guest.caller()))
                .submitRequires()).isEqualTo(SubmitRequirement.SIGN_IN);
    }

    private static void assertCase(GuestSubmitPolicy policy, Holder holder, SubmitRequirement expected) {
        InMemoryPorts ports = new InMemoryPorts();
        StartedAudits drafts = new StartedAudits(ports);
        AuditId id;
        Caller caller;
        if (holder == Holder.USER) {
            caller = Callers.alice();
            id = drafts.startedBy(caller);
        } else {
            GuestDraft guest = drafts.startedByGuest();
            id = guest.id();
            caller = guest.caller();
        }
        drafts.answered(id, caller, ClassicAnswers.complete());
        if (holder == Holder.GUEST_WITH_EMAIL) {
            new GiveGuestEmailService(ports.catalog, ports.audits, policy, ports.log, ports.clock).giveEmail(
                    new GiveGuestEmailCommand(id, new EmailAddress("guest@example.org"), caller));
        }

        assertThat(new GetAuditService(ports.catalog, ports.audits, policy, ports.log, ports.clock).get(id, caller)
                .submitRequires()).as("%s, %s", policy, holder).isEqualTo(expected);

        SubmitAuditService submit = new SubmitAuditService(ports.catalog, ports.audits, policy, ports.log,
                ports.clock, ports.allowances);
        SubmitAuditCommand command = new SubmitAuditCommand(id, null, caller);
        switch (expected) {
            case NOTHING -> {
                submit.submit(command);
                assertThat(drafts.stored(id).status()).isEqualTo(AuditStatus.SCORED);
            }
            case EMAIL -> assertThatThrownBy(() -> submit.submit(command)).isInstanceOf(GuestEmailRequired.class);
            case SIGN_IN -> assertThatThrownBy(() -> submit.submit(command)).isInstanceOf(GuestMustSignIn.class);
        }
    }
}
