package ara.application.service.audit;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.SaveAnswersCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.answer.AnswersRejected;
import ara.domain.answer.Violation;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotEditable;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.StaleAudit;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.TECH_STACK_MATURITY;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SaveAnswersServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final SaveAnswersService service = new SaveAnswersService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.log,
            ports.clock, ports.allowances);
    private final Caller alice = Callers.alice();
    private final AuditId audit = drafts.startedBy(alice);

    @Test
    void storesEveryAnswerInOneChange() {
        AuditView view = service.saveAll(new SaveAnswersCommand(audit, ClassicAnswers.complete(), 1L, alice));

        assertThat(view.audit().version()).isEqualTo(2);
        assertThat(view.audit().answers()).isEqualTo(ClassicAnswers.complete());
        assertThat(view.progress().readyToSubmit()).isTrue();
        assertThat(view.progress().answered()).isEqualTo(view.progress().total());
        assertThat(drafts.stored(audit)).isEqualTo(view.audit());
    }

    @Test
    void keepsTheAnswersItIsNotGiven() {
        service.saveAll(new SaveAnswersCommand(audit, ClassicAnswers.firstStep(), null, alice));

        AuditView view = service.saveAll(new SaveAnswersCommand(audit,
                Answers.of(Map.of(TECH_STACK_MATURITY, new AnswerValue.Number(4))), null, alice));

        assertThat(view.audit().answers().size()).isEqualTo(4);
        assertThat(view.audit().answers().get(COMPANY_SIZE)).contains(choice("medium"));
    }

    @Test
    void noAnswersChangeNothing() {
        AuditView view = service.saveAll(new SaveAnswersCommand(audit, Answers.none(), null, alice));

        assertThat(view.audit().version()).isEqualTo(1);
        assertThat(drafts.stored(audit).version()).isEqualTo(1);
    }

    @Test
    void rejectsAllWhenAnyIsInvalidListingEveryProblem() {
        Map<QuestionId, AnswerValue> values = new LinkedHashMap<>(ClassicAnswers.firstStep().asMap());
        values.put(INDUSTRY, choice("space_travel"));
        values.put(TECH_STACK_MATURITY, new AnswerValue.Number(6.5));
        values.put(QuestionId.of("favourite_colour"), choice("blue"));

        assertThatThrownBy(() -> service.saveAll(new SaveAnswersCommand(audit, Answers.of(values), null, alice)))
                .isInstanceOfSatisfying(AnswersRejected.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule)
                        .containsExactly(
                                tuple("industry", Violation.UNKNOWN_OPTION),
                                tuple("tech_stack_maturity", Violation.NOT_WHOLE_NUMBER),
                                tuple("favourite_colour", Violation.UNKNOWN_QUESTION)));

        assertThat(drafts.stored(audit).answers().isEmpty()).isTrue();
        assertThat(drafts.stored(audit).version()).isEqualTo(1);
    }

    @Test
    void aGuestSavesToTheAuditOfTheirToken() {
        GuestDraft guest = drafts.startedByGuest();

        AuditView view = service.saveAll(new SaveAnswersCommand(guest.id(), ClassicAnswers.firstStep(), null,
                guest.caller()));

        assertThat(view.progress().completedStepIds()).containsExactly(ClassicAnswers.ORGANIZATION_OVERVIEW);
    }

    @Test
    void anAdminMaySaveToAnyAudit() {
        service.saveAll(new SaveAnswersCommand(audit, ClassicAnswers.firstStep(), null, Callers.admin()));

        assertThat(drafts.stored(audit).answers()).isEqualTo(ClassicAnswers.firstStep());
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        deniedAndLogged(ports.log, "user:bob", audit, () -> service.saveAll(new SaveAnswersCommand(audit,
                ClassicAnswers.firstStep(), null, Callers.bob())))
                .isInstanceOf(AuditNotFound.class);

        assertThat(drafts.stored(audit).answers().isEmpty()).isTrue();
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        mustAuthenticate(ports.log, () -> service.saveAll(new SaveAnswersCommand(audit, ClassicAnswers.firstStep(),
                null, Callers.anonymous())));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.saveAll(new SaveAnswersCommand(unknown, ClassicAnswers.firstStep(), null,
                alice)))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThatThrownBy(() -> service.saveAll(new SaveAnswersCommand(audit, ClassicAnswers.firstStep(), 5L,
                alice)))
                .isInstanceOfSatisfying(StaleAudit.class, e -> assertThat(e.actual()).isEqualTo(1));
        assertThat(drafts.stored(audit).answers().isEmpty()).isTrue();
    }

    @Test
    void aSubmittedAuditTakesNoMoreAnswers() {
        AuditId scored = drafts.scoredBy(alice);

        assertThatThrownBy(() -> service.saveAll(new SaveAnswersCommand(scored, ClassicAnswers.firstStep(), null,
                alice)))
                .isInstanceOf(AuditNotEditable.class);
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsAnswerWrites() {
        Allowances one = new Allowances(ports.clock, 1);
        SaveAnswersService limited = new SaveAnswersService(ports.catalog, ports.audits, ports.guestPolicy, ports.log,
                ports.clock,
                one.allowances);
        Answers answers = ClassicAnswers.firstStep();

        spentOnlyByTheOwner(one, Scope.ANSWER_WRITES_PER_AUDIT,
                () -> limited.saveAll(new SaveAnswersCommand(audit, answers, null, Callers.anonymous())),
                () -> limited.saveAll(new SaveAnswersCommand(audit, answers, null, Callers.bob())),
                () -> limited.saveAll(new SaveAnswersCommand(audit, answers, null, alice)));

        assertThat(drafts.stored(audit).version()).as("only the admitted save was stored").isEqualTo(2);
    }
}
