package ara.application.service.audit;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.audit.AuditView;
import ara.application.port.in.audit.ClearAnswerCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotEditable;
import ara.domain.audit.AuditNotFound;
import ara.domain.audit.AuditStatus;
import ara.domain.audit.StaleAudit;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionNotFound;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.TECH_STACK_MATURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClearAnswerServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits drafts = new StartedAudits(ports);
    private final ClearAnswerService service = new ClearAnswerService(ports.catalog, ports.audits, ports.guestPolicy,
            ports.log,
            ports.clock, ports.allowances);
    private final Caller alice = Callers.alice();
    /** At version 2, with the first step answered (and so complete). */
    private final AuditId audit = drafts.answered(drafts.startedBy(alice), alice, ClassicAnswers.firstStep());

    @Test
    void removesOneAnswerAndReopensItsStep() {
        AuditView view = service.clear(new ClearAnswerCommand(audit, COMPANY_SIZE, 2L, alice));

        assertThat(view.audit().version()).isEqualTo(3);
        assertThat(view.audit().answers().has(COMPANY_SIZE)).isFalse();
        assertThat(view.audit().answers().size()).isEqualTo(2);
        assertThat(view.progress().completedStepIds()).isEmpty();
        assertThat(view.progress().missingRequired()).startsWith(COMPANY_SIZE);
        assertThat(drafts.stored(audit)).isEqualTo(view.audit());
    }

    @Test
    void clearingAnUnansweredQuestionChangesNothing() {
        AuditView view = service.clear(new ClearAnswerCommand(audit, TECH_STACK_MATURITY, null, alice));

        assertThat(view.audit().version()).isEqualTo(2);
        assertThat(drafts.stored(audit).version()).isEqualTo(2);
    }

    @Test
    void aGuestClearsOnTheAuditOfTheirToken() {
        GuestDraft guest = drafts.startedByGuest();
        drafts.answered(guest.id(), guest.caller(), ClassicAnswers.firstStep());

        AuditView view = service.clear(new ClearAnswerCommand(guest.id(), COMPANY_SIZE, null, guest.caller()));

        assertThat(view.audit().answers().has(COMPANY_SIZE)).isFalse();
    }

    @Test
    void anAdminMayClearOnAnyAudit() {
        service.clear(new ClearAnswerCommand(audit, COMPANY_SIZE, null, Callers.admin()));

        assertThat(drafts.stored(audit).answers().has(COMPANY_SIZE)).isFalse();
    }

    @Test
    void anUnknownQuestionIsNotFound() {
        assertThatThrownBy(() -> service.clear(new ClearAnswerCommand(audit, QuestionId.of("favourite_colour"), null,
                alice)))
                .isInstanceOf(QuestionNotFound.class);
    }

    @Test
    void aStaleVersionIsRefused() {
        assertThatThrownBy(() -> service.clear(new ClearAnswerCommand(audit, COMPANY_SIZE, 1L, alice)))
                .isInstanceOfSatisfying(StaleAudit.class, e -> assertThat(e.actual()).isEqualTo(2));
        assertThat(drafts.stored(audit).answers().has(COMPANY_SIZE)).isTrue();
    }

    @Test
    void aSubmittedAuditKeepsItsAnswers() {
        AuditId scored = drafts.scoredBy(alice);

        assertThatThrownBy(() -> service.clear(new ClearAnswerCommand(scored, COMPANY_SIZE, null, alice)))
                .isInstanceOfSatisfying(AuditNotEditable.class,
                        e -> assertThat(e.status()).isEqualTo(AuditStatus.SCORED));
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        deniedAndLogged(ports.log, "user:bob", audit, () -> service.clear(new ClearAnswerCommand(audit, COMPANY_SIZE,
                null, Callers.bob())))
                .isInstanceOf(AuditNotFound.class);

        assertThat(drafts.stored(audit).answers().has(COMPANY_SIZE)).isTrue();
    }

    @Test
    void anAnonymousCallerMustAuthenticate() {
        mustAuthenticate(ports.log, () -> service.clear(new ClearAnswerCommand(audit, COMPANY_SIZE, null,
                Callers.anonymous())));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        AuditId unknown = new AuditId(UUID.randomUUID());

        assertThatThrownBy(() -> service.clear(new ClearAnswerCommand(unknown, COMPANY_SIZE, null, alice)))
                .isInstanceOfSatisfying(AuditNotFound.class, e -> assertThat(e.auditId()).isEqualTo(unknown));
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsAnswerWrites() {
        Allowances one = new Allowances(ports.clock, 1);
        ClearAnswerService limited = new ClearAnswerService(ports.catalog, ports.audits, ports.guestPolicy, ports.log,
                ports.clock,
                one.allowances);

        spentOnlyByTheOwner(one, Scope.ANSWER_WRITES_PER_AUDIT,
                () -> limited.clear(new ClearAnswerCommand(audit, COMPANY_SIZE, null, Callers.anonymous())),
                () -> limited.clear(new ClearAnswerCommand(audit, COMPANY_SIZE, null, Callers.bob())),
                () -> limited.clear(new ClearAnswerCommand(audit, INDUSTRY, null, alice)));

        assertThat(drafts.stored(audit).version()).as("only the admitted clear was stored").isEqualTo(3);
    }
}
