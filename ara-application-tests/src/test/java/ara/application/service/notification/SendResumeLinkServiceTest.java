package ara.application.service.notification;

import ara.application.fixture.Callers;
import ara.application.fixture.StoredAudits;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.notification.MailUnavailable;
import ara.application.service.audit.GiveGuestEmailService;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.AuthenticationRequired;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.GuestToken;
import ara.domain.identity.NotAGuestAudit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SendResumeLinkServiceTest {
    private static final EmailAddress EMAIL = new EmailAddress("guest@example.com");

    private final MailFixture mail = new MailFixture();
    private final StoredAudits audits = new StoredAudits(mail.ports);
    private final SendResumeLinkService service = new SendResumeLinkService(mail.mailing, mail.ports.audits);
    private final ResumeAuditService resume = new ResumeAuditService(mail.mailing, mail.ports.audits,
            mail.ports.catalog, mail.ports.guestPolicy);
    private final GuestToken token = audits.newGuestToken();
    private final Audit guestAudit = audits.scoredOfGuest(token);

    private void giveEmail() {
        new GiveGuestEmailService(mail.ports.catalog, mail.ports.audits, mail.ports.guestPolicy, mail.ports.log,
                mail.ports.clock).giveEmail(new GiveGuestEmailCommand(guestAudit.id(), EMAIL, Callers.guest(token)));
    }

    @Test
    void theGuestGetsANewResumeLinkEachTimeAndEachWorks() {
        giveEmail();
        service.send(guestAudit.id(), Callers.guest(token));
        String first = MailFixture.resumeToken(mail.mailer.last());
        service.send(guestAudit.id(), Callers.guest(token));
        String second = MailFixture.resumeToken(mail.mailer.last());

        assertThat(mail.mailer.sent()).hasSize(2).allSatisfy(message -> assertThat(message.to()).isEqualTo(EMAIL));
        assertThat(first).isNotEqualTo(second);
        assertThat(resume.resume(first, Callers.anonymous()).audit().audit().id()).isEqualTo(guestAudit.id());
        assertThat(resume.resume(second, Callers.anonymous()).audit().audit().id()).isEqualTo(guestAudit.id());
        assertThat(mail.ports.log.count("audit.resume_link", "success")).isEqualTo(2);
    }

    @Test
    void withoutAnEmailThereIsNothingToSendTo() {
        assertThatThrownBy(() -> service.send(guestAudit.id(), Callers.guest(token)))
                .isInstanceOf(GuestEmailRequired.class);
        assertThat(mail.mailer.sent()).isEmpty();
    }

    @Test
    void onlyTheAuditsGuestMayAsk() {
        giveEmail();
        assertThatThrownBy(() -> service.send(guestAudit.id(), Callers.anonymous()))
                .isInstanceOf(AuthenticationRequired.class);
        assertThatThrownBy(() -> service.send(guestAudit.id(), Callers.guest(audits.newGuestToken())))
                .isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.send(guestAudit.id(), Callers.bob())).isInstanceOf(AuditNotFound.class);
        Audit alices = audits.scoredOf(Callers.alice());
        assertThatThrownBy(() -> service.send(alices.id(), Callers.alice())).isInstanceOf(NotAGuestAudit.class);
        assertThat(mail.mailer.sent()).isEmpty();
    }

    @Test
    void aMailServerThatCannotTakeTheMessageNowIsTold() {
        giveEmail();
        mail.mailer.refuseNext(false);
        assertThatThrownBy(() -> service.send(guestAudit.id(), Callers.guest(token)))
                .isInstanceOf(MailUnavailable.class);
        assertThat(mail.mailer.sent()).isEmpty();
    }
}
