package ara.application.service.audit;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.audit.GiveGuestEmailCommand;
import ara.application.port.in.audit.SubmitAuditCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.in.scoring.ScoreAnswersCommand;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.service.scoring.ScoreAnswersService;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditIncomplete;
import ara.domain.audit.AuditNotEditable;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.StaleAudit;
import ara.domain.identity.Caller;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.GuestEmailRequired;
import ara.domain.identity.GuestMustSignIn;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.result.AuditResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static ara.application.fixture.ClassicAnswers.TECH_STACK_MATURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmitAuditServiceTest {
    private static final Instant LATER = InMemoryPorts.START.plus(Duration.ofMinutes(20));

    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final Caller alice = Callers.alice();
    /** Every question answered, at version 2. */
    private final AuditId audit = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.complete());

    private SubmitAuditService service(GuestSubmitPolicy policy) {
        return new SubmitAuditService(ports.catalog, ports.audits, policy, ports.log, ports.clock, ports.allowances);
    }

    @Test
    void scoresTheAuditAndStoresTheResultWithTheStatus() {
        ports.clock.set(LATER);

        AuditResult result = service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(audit, 2L,
                alice.from("req-9", null)));

        Audit stored = drafts.stored(audit);
        assertThat(stored.status()).isEqualTo(AuditStatus.SCORED);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.submittedAt()).contains(LATER);
        assertThat(stored.result()).contains(result);
        assertThat(result.calculatedAt()).isEqualTo(LATER);
        assertThat(ports.log.latest(1)).containsExactly(new AuditEvent(LATER, "user:alice", "audit.submitted",
                "audit:" + audit, AuditEvent.SUCCESS, "req-9", null));
    }

    @Test
    void scoresAsThePreviewOfTheSameAnswers() {
        AuditResult result = service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(audit, null, alice));

        assertThat(result).isEqualTo(new ScoreAnswersService(ports.catalog, ports.clock)
                .score(new ScoreAnswersCommand(null, null, ClassicAnswers.complete())));
    }

    @Test
    void anIncompleteAuditListsTheUnansweredRequiredQuestionsAndStaysADraft() {
        AuditId partial = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.firstStep());

        assertThatThrownBy(() -> service(GuestSubmitPolicy.OPEN).submit(new SubmitAuditCommand(partial, null,
                alice)))
                .isInstanceOfSatisfying(AuditIncomplete.class, e -> {
                    assertThat(e.missing()).hasSize(12).startsWith(TECH_STACK_MATURITY)
                            .doesNotContain(ClassicAnswers.COMPLIANCE_REQUIREMENTS);
                    assertThat(e.auditId()).isEqualTo(partial);
                });
        assertThat(drafts.stored(partial).status()).isEqualTo(AuditStatus.DRAFT);
        assertThat(ports.log.count("audit.submitted", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void theOptionalQuestionMayStayUnanswered() {
        AuditId withoutCompliance = drafts.startedBy(alice);
        drafts.answered(withoutCompliance, alice, ClassicAnswers.complete()
                .without(ClassicAnswers.COMPLIANCE_REQUIREMENTS));

        service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(withoutCompliance, null, alice));

        assertThat(drafts.stored(withoutCompliance).status()).isEqualTo(AuditStatus.SCORED);
    }

    @Test
    void anAuditIsSubmittedOnce() {
        service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(audit, null, alice));

        assertThatThrownBy(() -> service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(audit, null, alice)))
                .isInstanceOfSatisfying(AuditNotEditable.class,
                        e -> assertThat(e.status()).isEqualTo(AuditStatus.SCORED));
        assertThat(ports.log.count("audit.submitted", AuditEvent.SUCCESS)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThatThrownBy(() -> service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(audit, 1L, alice)))
                .isInstanceOfSatisfying(StaleAudit.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(drafts.stored(audit).status()).isEqualTo(AuditStatus.DRAFT);
    }

    @Test
    void underTheEmailPolicyAGuestGivesAnEmailFirst() {
        GuestDraft guest = drafts.startedByGuest();
        drafts.answered(guest.id(), guest.caller(), ClassicAnswers.complete());
        SubmitAuditService service = service(GuestSubmitPolicy.EMAIL);

        assertThatThrownBy(() -> service.submit(new SubmitAuditCommand(guest.id(), null, guest.caller())))
                .isInstanceOf(GuestEmailRequired.class);
        assertThat(drafts.stored(guest.id()).status()).isEqualTo(AuditStatus.DRAFT);

        new GiveGuestEmailService(ports.catalog, ports.audits, ports.guestPolicy, ports.log, ports.clock).giveEmail(
                new GiveGuestEmailCommand(guest.id(), new EmailAddress("guest@example.org"), guest.caller()));
        service.submit(new SubmitAuditCommand(guest.id(), null, guest.caller()));
        assertThat(drafts.stored(guest.id()).status()).isEqualTo(AuditStatus.SCORED);
    }

    @Test
    void underTheLoginPolicyAGuestMustSignInFirst() {
        GuestDraft guest = drafts.startedByGuest();
        drafts.answered(guest.id(), guest.caller(), ClassicAnswers.complete());

        assertThatThrownBy(() -> service(GuestSubmitPolicy.LOGIN).submit(new SubmitAuditCommand(guest.id(), null,
                guest.caller())))
                .isInstanceOf(GuestMustSignIn.class);
        assertThat(drafts.stored(guest.id()).status()).isEqualTo(AuditStatus.DRAFT);
    }

    @Test
    void underTheOpenPolicyAGuestSubmitsAsIs() {
        GuestDraft guest = drafts.startedByGuest();
        drafts.answered(guest.id(), guest.caller(), ClassicAnswers.complete());

        AuditResult result = service(GuestSubmitPolicy.OPEN).submit(new SubmitAuditCommand(guest.id(), null,
                guest.caller()));

        assertThat(drafts.stored(guest.id()).result()).contains(result);
    }

    @Test
    void theGuestPolicyDoesNotApplyToAUsersAudit() {
        service(GuestSubmitPolicy.LOGIN).submit(new SubmitAuditCommand(audit, null, alice));

        assertThat(drafts.stored(audit).status()).isEqualTo(AuditStatus.SCORED);
    }

    @Test
    void anAdminMaySubmitAnyAudit() {
        service(GuestSubmitPolicy.EMAIL).submit(new SubmitAuditCommand(audit, null, Callers.admin()));

        assertThat(drafts.stored(audit).status()).isEqualTo(AuditStatus.SCORED);
        assertThat(ports.log.latest(1).getFirst().actor()).isEqualTo("user:root");
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        deniedAndLogged(ports.log, "user:bob", audit, () -> service(GuestSubmitPolicy.EMAIL)
                .submit(new SubmitAuditCommand(audit, null, Callers.bob())))
                .isInstanceOf(AuditNotFound.class);

        assertThat(drafts.stored(audit).status()).isEqualTo(AuditStatus.DRAFT);
        assertThat(ports.log.count("audit.submitted", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        mustAuthenticate(ports.log, () -> service(GuestSubmitPolicy.OPEN).submit(new SubmitAuditCommand(audit, null,
                Callers.anonymous())));
        assertThat(drafts.stored(audit).status()).isEqualTo(AuditStatus.DRAFT);
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service(GuestSubmitPolicy.OPEN).submit(new SubmitAuditCommand(unknown, null,
                alice)))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
        assertThat(ports.log.count("audit.submitted", AuditEvent.SUCCESS)).isZero();
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsSubmits() {
        Allowances one = new Allowances(ports.clock, 1);
        SubmitAuditService limited = new SubmitAuditService(ports.catalog, ports.audits, GuestSubmitPolicy.EMAIL,
                ports.log, ports.clock, one.allowances);

        spentOnlyByTheOwner(one, Scope.SUBMIT_PER_AUDIT,
                () -> limited.submit(new SubmitAuditCommand(audit, null, Callers.anonymous())),
                () -> limited.submit(new SubmitAuditCommand(audit, null, Callers.bob())),
                () -> limited.submit(new SubmitAuditCommand(audit, null, alice)));

        assertThat(drafts.stored(audit).status()).isEqualTo(AuditStatus.SCORED);
    }
}
