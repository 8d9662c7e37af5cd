package ara.application.service.audit;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.SaveAnswerCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.auditlog.AuditEvent;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotEditable;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.StaleAudit;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionNotFound;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.CURRENT_AI_USAGE;
import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.TECH_STACK_MATURITY;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SaveAnswerServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final SaveAnswerService service = new SaveAnswerService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.log,
            ports.clock, ports.allowances);
    private final Caller alice = Callers.alice();
    private final AuditId audit = drafts.startedBy(alice);

    @Test
    void storesOneAnswerAndShowsTheNewProgress() {
        ports.clock.advance(Duration.ofMinutes(2));

        AuditView view = service.save(new SaveAnswerCommand(audit, COMPANY_SIZE, choice("large"), 1L, alice));

        assertThat(view.audit().version()).isEqualTo(2);
        assertThat(view.audit().answers().get(COMPANY_SIZE)).contains(choice("large"));
        assertThat(view.audit().updatedAt()).isEqualTo(InMemoryPorts.START.plus(Duration.ofMinutes(2)));
        assertThat(view.progress().answered()).isEqualTo(1);
        assertThat(view.progress().completedStepIds()).isEmpty();
        assertThat(drafts.stored(audit)).isEqualTo(view.audit());
    }

    @Test
    void answeringAStepsLastQuestionCompletesIt() {
        service.save(new SaveAnswerCommand(audit, COMPANY_SIZE, choice("small"), null, alice));
        service.save(new SaveAnswerCommand(audit, INDUSTRY, choice("retail"), null, alice));

        AuditView view = service.save(new SaveAnswerCommand(audit, CURRENT_AI_USAGE, choice("none"), null, alice));

        assertThat(view.progress().completedStepIds()).containsExactly(ClassicAnswers.ORGANIZATION_OVERVIEW);
        assertThat(view.progress().currentStep()).contains(ClassicAnswers.TECHNICAL_INFRASTRUCTURE);
    }

    @Test
    void replacesAnEarlierAnswer() {
        service.save(new SaveAnswerCommand(audit, TECH_STACK_MATURITY, new AnswerValue.Number(3), null, alice));

        AuditView view = service.save(new SaveAnswerCommand(audit, TECH_STACK_MATURITY, new AnswerValue.Number(9),
                null, alice));

        assertThat(view.audit().answers().get(TECH_STACK_MATURITY)).contains(new AnswerValue.Number(9));
        assertThat(view.audit().answers().size()).isEqualTo(1);
    }

    @Test
    void aGuestSavesToTheAuditOfTheirToken() {
        GuestDraft guest = drafts.startedByGuest();

        AuditView view = service.save(new SaveAnswerCommand(guest.id(), INDUSTRY, choice("finance"), null,
                guest.caller()));

        assertThat(view.audit().answers().get(INDUSTRY)).contains(choice("finance"));
    }

    @Test
    void anAdminMaySaveToAnyAudit() {
        AuditView view = service.save(new SaveAnswerCommand(audit, INDUSTRY, choice("finance"), null,
                Callers.admin()));

        assertThat(view.audit().owner()).isEqualTo(drafts.stored(audit).owner());
        assertThat(drafts.stored(audit).answers().has(INDUSTRY)).isTrue();
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        deniedAndLogged(ports.log, "user:bob", audit, () -> service.save(new SaveAnswerCommand(audit, INDUSTRY,
                choice("finance"), null, Callers.bob())))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(audit));

        assertThat(drafts.stored(audit).version()).isEqualTo(1);
    }

    @Test
    void aGuestWithAnotherAuditsTokenIsToldTheAuditDoesNotExist() {
        GuestDraft guest = drafts.startedByGuest();
        GuestDraft other = drafts.startedByGuest();

        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(guest.id(), INDUSTRY, choice("finance"), null,
                other.caller())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isEqualTo(1);
    }

    @Test
    void anAnonymousCallerMustAuthenticateEvenForAnUnknownAudit() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        mustAuthenticate(ports.log, () -> service.save(new SaveAnswerCommand(unknown, INDUSTRY, choice("finance"), null,
                Callers.anonymous())));
        mustAuthenticate(ports.log, () -> service.save(new SaveAnswerCommand(audit, INDUSTRY, choice("finance"), null,
                Callers.anonymous())));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(unknown, INDUSTRY, choice("finance"), null,
                alice)))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
        assertThat(ports.log.count("access.denied", AuditEvent.DENIED)).isZero();
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(audit, QuestionId.of("favourite_colour"),
                choice("blue"), null, alice)))
                .isInstanceOfSatisfying(QuestionNotFound.class,
                        e -> assertThat(e.question()).isEqualTo(QuestionId.of("favourite_colour")));
    }

    @Test
    void rejectsAnInvalidValueWithEveryProblemAndStoresNothing() {
        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(audit, TECH_STACK_MATURITY,
                new AnswerValue.Number(11), null, alice)))
                .isInstanceOfSatisfying(AnswersRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(tuple("tech_stack_maturity",
                                Violation.OUT_OF_RANGE)));
        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(audit, COMPANY_SIZE,
                new AnswerValue.Flag(true), null, alice)))
                .isInstanceOfSatisfying(AnswersRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::rule).containsExactly(Violation.WRONG_TYPE));

        assertThat(drafts.stored(audit).answers().isEmpty()).isTrue();
    }

    @Test
    void aStaleVersionIsRefused() {
        service.save(new SaveAnswerCommand(audit, COMPANY_SIZE, choice("small"), 1L, alice));

        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(audit, COMPANY_SIZE, choice("large"), 1L,
                alice)))
                .isInstanceOfSatisfying(StaleAudit.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                });
        assertThat(drafts.stored(audit).answers().get(COMPANY_SIZE)).contains(choice("small"));
    }

    @Test
    void aSubmittedAuditTakesNoMoreAnswers() {
        AuditId scored = drafts.scoredBy(alice);

        assertThatThrownBy(() -> service.save(new SaveAnswerCommand(scored, COMPANY_SIZE, choice("small"), null,
                alice)))
                .isInstanceOfSatisfying(AuditNotEditable.class,
                        e -> assertThat(e.status()).isEqualTo(AuditStatus.SCORED));
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsAnswerWrites() {
        Allowances one = new Allowances(ports.clock, 1);
        SaveAnswerService limited = new SaveAnswerService(ports.catalog, ports.audits, ports.guestPolicy, ports.log,
                ports.clock,
                one.allowances);

        spentOnlyByTheOwner(one, Scope.ANSWER_WRITES_PER_AUDIT,
                () -> limited.save(new SaveAnswerCommand(audit, INDUSTRY, choice("retail"), null, Callers.anonymous())),
                () -> limited.save(new SaveAnswerCommand(audit, INDUSTRY, choice("retail"), null, Callers.bob())),
                () -> limited.save(new SaveAnswerCommand(audit, INDUSTRY, choice("retail"), null, alice)));

        assertThat(drafts.stored(audit).version()).as("only the admitted save was stored").isEqualTo(2);
    }
}
