package ara.application.service.notification;

import ara.application.fixture.Callers;
import ara.application.fixture.Links;
import ara.application.fixture.StoredAudits;
import ara.application.fixture.StoredReports;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.audit.StartedAuditView;
import ara.application.port.in.notification.MailLinkRejected;
import ara.application.port.out.notification.MailMessage;
import ara.application.port.out.notification.MailNotSent;
import ara.application.port.out.storage.SignedLinks.DownloadOutcome;
import ara.application.service.audit.ClaimAuditService;
import ara.application.service.audit.GiveGuestEmailService;
import ara.domain.audit.Audit;
import ara.domain.event.DomainEvent;
import ara.domain.event.EventType;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestToken;
import ara.domain.report.Report;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailChannelTest {
    private static final Duration LINK_TTL = Duration.ofDays(7);
    private static final EmailAddress GUEST_EMAIL = new EmailAddress("guest@example.com");

    private final MailFixture mail = new MailFixture();
    private final StoredAudits audits = new StoredAudits(mail.ports);
    private final StoredReports reports = new StoredReports(mail.ports);
    private final MailChannel channel = new MailChannel(mail.mailing, mail.ports.audits, mail.ports.reports,
            mail.ports.users, mail.ports.catalog, mail.ports.storage, LINK_TTL);
    private final GiveGuestEmailService giveEmail = new GiveGuestEmailService(mail.ports.catalog, mail.ports.audits,
            mail.ports.guestPolicy, mail.ports.log, mail.ports.clock);
    private final ResumeAuditService resume = new ResumeAuditService(mail.mailing, mail.ports.audits,
            mail.ports.catalog, mail.ports.guestPolicy);
    private final UnsubscribeService unsubscribe = new UnsubscribeService(mail.mailing);
    private final GuestToken guestToken = audits.newGuestToken();
    private final Audit guestAudit = audits.scoredOfGuest(guestToken);

    private DomainEvent guestGivesEmail(EmailAddress email) {
        giveEmail.giveEmail(new GiveGuestEmailCommand(guestAudit.id(), email, Callers.guest(guestToken)));
        return mail.event(EventType.AUDIT_GUEST_EMAIL_GIVEN);
    }

    @Test
    void aGuestWhoGivesAnEmailIsMailedAResumeLinkThatLeadsBackToTheAudit() {
        channel.deliver(guestGivesEmail(GUEST_EMAIL));

        MailMessage message = mail.mailer.last();
        assertThat(message.to()).isEqualTo(GUEST_EMAIL);
        assertThat(message.text()).doesNotContain(guestToken.reveal());
        assertThat(message.html()).doesNotContain(guestToken.reveal());
        assertThat(message.headers()).containsEntry(MailMessage.LIST_UNSUBSCRIBE_POST, MailMessage.ONE_CLICK)
                .hasEntrySatisfying(MailMessage.LIST_UNSUBSCRIBE, value -> assertThat(value)
                        .startsWith("<" + "https://ara.test/api/v1/mail/unsubscribe?token="));
        StartedAuditView resumed = resume.resume(MailFixture.resumeToken(message), Callers.anonymous());
        assertThat(resumed.audit().audit().id()).isEqualTo(guestAudit.id());
        GuestToken second = resumed.issuedGuestToken().orElseThrow();
        assertThat(mail.ports.audits.findByGuestToken(second.hash())).map(Audit::id).contains(guestAudit.id());
        assertThat(mail.ports.audits.findByGuestToken(guestToken.hash()))
                .as("the session moved to the device that opened the link (ADR 0024)").isEmpty();
    }

    @Test
    void anEventDeliveredAgainIsNotMailedTwice() {
        DomainEvent event = guestGivesEmail(GUEST_EMAIL);
        channel.deliver(event);
        channel.deliver(event);

        assertThat(mail.mailer.sent()).hasSize(1);
        assertThat(mail.records.wasSent(event.id())).isTrue();
    }

    @Test
    void anUnsubscribedRecipientGetsNoFurtherMail() {
        channel.deliver(guestGivesEmail(GUEST_EMAIL));
        unsubscribe.unsubscribe(MailFixture.unsubscribeToken(mail.mailer.last()), Callers.anonymous());

        mail.ports.clock.advance(Duration.ofSeconds(1));
        channel.deliver(guestGivesEmail(new EmailAddress("other@example.com")));
        assertThat(mail.mailer.sent()).as("another address still gets mail").hasSize(2);
        mail.ports.clock.advance(Duration.ofSeconds(1));
        channel.deliver(guestGivesEmail(new EmailAddress("Guest@Example.com")));

        assertThat(mail.mailer.sent()).as("the same address, differently written").hasSize(2);
        assertThat(mail.ports.log.count("mail.unsubscribed", "success")).isEqualTo(1);
    }

    @Test
    void aForgedUnsubscribeTokenIsRejectedAndSuppressesNobody() {
        channel.deliver(guestGivesEmail(GUEST_EMAIL));
        String token = MailFixture.unsubscribeToken(mail.mailer.last());
        String forged = token.substring(0, token.indexOf('.') + 1) + "A".repeat(43);

        assertThatThrownBy(() -> unsubscribe.unsubscribe(forged, Callers.anonymous()))
                .isInstanceOf(MailLinkRejected.class);
        assertThatThrownBy(() -> unsubscribe.unsubscribe("no-dot", Callers.anonymous()))
                .isInstanceOf(MailLinkRejected.class);
        assertThat(mail.records.isSuppressed(mail.mailing.recipient(GUEST_EMAIL))).isFalse();
    }

    @Test
    void aBounceSuppressesTheRecipientIsLoggedAndIsNotRetried() {
        DomainEvent event = guestGivesEmail(GUEST_EMAIL);
        mail.mailer.refuseNext(true);

        channel.deliver(event);

        assertThat(mail.records.isSuppressed(mail.mailing.recipient(GUEST_EMAIL))).isTrue();
        assertThat(mail.ports.log.count("mail.bounced", "rejected")).isEqualTo(1);
        assertThat(mail.records.wasSent(event.id())).as("done with: the dispatcher does not retry").isTrue();
        mail.ports.clock.advance(Duration.ofSeconds(1));
        guestGivesEmail(new EmailAddress("other@example.com"));
        channel.deliver(guestGivesEmail(GUEST_EMAIL));
        assertThat(mail.mailer.sent()).as("the bounced address is not tried again").isEmpty();
    }

    @Test
    void aPassingFailureIsThrownForTheDispatcherToRetry() {
        DomainEvent event = guestGivesEmail(GUEST_EMAIL);
        mail.mailer.refuseNext(false);

        assertThatThrownBy(() -> channel.deliver(event)).isInstanceOf(MailNotSent.class);
        assertThat(mail.records.wasSent(event.id())).isFalse();
        assertThat(mail.records.isSuppressed(mail.mailing.recipient(GUEST_EMAIL))).isFalse();

        channel.deliver(event);
        assertThat(mail.mailer.sent()).hasSize(1);
    }

    @Test
    void aReadyReportOfAUsersAuditGoesToTheAccountsEmailWithAWorkingDownloadLinkAndNoAnswers() {
        Caller alice = Callers.alice();
        mail.ports.users.recordSighting(alice.signedIn().orElseThrow(), mail.ports.clock.instant());
        Audit alices = audits.scoredOf(alice);
        Report ready = reports.ready(alices);

        channel.deliver(mail.event(EventType.REPORT_READY));

        MailMessage message = mail.mailer.last();
        assertThat(message.to()).isEqualTo(new EmailAddress("alice@example.org"));
        int total = (int) Math.round(alices.result().orElseThrow().scoreCard().total().percent());
        assertThat(message.text()).contains(Integer.toString(total))
                .contains(alices.result().orElseThrow().level().title());
        URI download = URI.create(message.text().lines().filter(line -> line.startsWith("https://ara.test/")
                && !line.contains("unsubscribe")).findFirst().orElseThrow());
        assertThat(mail.ports.storage.download(Links.key(download), Links.parameters(download)))
                .isInstanceOfSatisfying(DownloadOutcome.Found.class, found -> assertThat(found.content().content())
                        .isEqualTo(StoredReports.document(ready)));
    }

    @Test
    void aReadyReportOfAGuestAuditGoesToTheGuestsEmailAndNothingGoesWithoutAnAddress() {
        reports.ready(guestAudit);
        channel.deliver(mail.event(EventType.REPORT_READY));
        assertThat(mail.mailer.sent()).as("no email given yet").isEmpty();

        giveEmail.giveEmail(new GiveGuestEmailCommand(guestAudit.id(), GUEST_EMAIL, Callers.guest(guestToken)));
        mail.ports.clock.advance(Duration.ofMinutes(1));
        Audit withEmail = mail.ports.audits.find(guestAudit.id()).orElseThrow();
        reports.ready(withEmail, ReportTemplate.EXECUTIVE, ReportOptions.none());
        channel.deliver(mail.event(EventType.REPORT_READY));

        assertThat(mail.mailer.last().to()).isEqualTo(GUEST_EMAIL);
    }

    @Test
    void claimingTheAuditRevokesItsResumeLinks() {
        channel.deliver(guestGivesEmail(GUEST_EMAIL));
        String token = MailFixture.resumeToken(mail.mailer.last());
        Caller claimant = new Caller(Callers.alice().signedIn().orElseThrow(), guestToken, null, null);
        new ClaimAuditService(mail.ports.catalog, mail.ports.audits, mail.ports.guestPolicy, mail.ports.log,
                mail.ports.clock).claim(guestAudit.id(), claimant);
        assertThat(mail.resumeTokens.audit(GuestToken.parse(token).hash(), mail.ports.clock.instant())).isPresent();

        channel.deliver(mail.event(EventType.AUDIT_CLAIMED));

        assertThat(mail.resumeTokens.audit(GuestToken.parse(token).hash(), mail.ports.clock.instant())).isEmpty();
        assertThatThrownBy(() -> resume.resume(token, Callers.anonymous())).isInstanceOf(MailLinkRejected.class);
        assertThat(mail.mailer.sent()).hasSize(1);
    }

    @Test
    void aClaimedAuditIsNotResumedEvenBeforeItsTokensAreRevoked() {
        channel.deliver(guestGivesEmail(GUEST_EMAIL));
        String token = MailFixture.resumeToken(mail.mailer.last());
        Caller claimant = new Caller(Callers.alice().signedIn().orElseThrow(), guestToken, null, null);
        new ClaimAuditService(mail.ports.catalog, mail.ports.audits, mail.ports.guestPolicy, mail.ports.log,
                mail.ports.clock).claim(guestAudit.id(), claimant);

        assertThatThrownBy(() -> resume.resume(token, Callers.anonymous())).isInstanceOf(MailLinkRejected.class);
        assertThat(mail.ports.audits.find(guestAudit.id()).orElseThrow().owner()).isPresent();
    }

    @Test
    void aResumeTokenWorksForThirtyDays() {
        channel.deliver(guestGivesEmail(GUEST_EMAIL));
        String token = MailFixture.resumeToken(mail.mailer.last());
        Instant sent = mail.ports.clock.instant();
        mail.ports.clock.advance(Mailing.RESUME_VALIDITY.minusSeconds(1));
        assertThat(resume.resume(token, Callers.anonymous()).audit().audit().id()).isEqualTo(guestAudit.id());
        mail.ports.clock.advance(Duration.ofSeconds(1));
        assertThat(mail.ports.clock.instant()).isEqualTo(sent.plus(Mailing.RESUME_VALIDITY));
        assertThatThrownBy(() -> resume.resume(token, Callers.anonymous()))
                .isInstanceOf(MailLinkRejected.class);
        assertThatThrownBy(() -> resume.resume("short", Callers.anonymous()))
                .isInstanceOf(MailLinkRejected.class);
    }
}
