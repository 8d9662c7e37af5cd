package ara.application.service.chat;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.port.in.chat.ChatPromptsView;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.port.in.chat.SuggestChatPromptsQuery;
import ara.contract.AuditSamples;
import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SuggestChatPromptsServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits audits = new StartedAudits(ports);
    private final SuggestChatPromptsService service = new SuggestChatPromptsService(ports.catalog, ports.audits,
            ports.guestPolicy,
            ports.log, ports.clock);

    @Test
    void aFreshAuditGetsHelpWithItsFirstQuestionTheOptionsAndTheLevels() {
        AuditId audit = audits.startedBy(Callers.alice());

        ChatPromptsView view = service.prompts(new SuggestChatPromptsQuery(audit, null, Callers.alice()));

        assertThat(view.step()).isEqualTo(StepId.of("organization_overview"));
        assertThat(view.prompts()).containsExactly(
                "Which answer fits us for \"How large is your organisation?\"?",
                "What is the difference between \"Startup (1–50 employees)\" and "
                        + "\"Small business (51–200 employees)\"?",
                "What do the maturity levels mean?");
    }

    @Test
    void onceSomethingIsScoredItOffersTheScoreAndHelpsWithAMissingCriticalQuestionFirst() {
        AuditId audit = audits.startedBy(Callers.alice());
        audits.answered(audit, Callers.alice(), Answers.of(Map.of(COMPANY_SIZE, choice("startup"))));

        ChatPromptsView view = service.prompts(new SuggestChatPromptsQuery(audit, null, Callers.alice()));

        assertThat(view.prompts()).hasSize(SuggestChatPromptsService.PROMPTS);
        assertThat(view.prompts().getFirst()).as("weighing 0.5 in the startup profile, it is critical and goes first")
                .isEqualTo("Which answer fits us for \"How is AI used in your organisation today?\"?");
        assertThat(view.prompts())
                .contains("How is my score calculated?");
    }

    @Test
    void aStepWithNothingOpenIsFilledUpWithGeneralPrompts() {
        AuditId audit = audits.startedBy(Callers.alice());
        audits.answered(audit, Callers.alice(), ClassicAnswers.complete());

        ChatPromptsView view = service.prompts(new SuggestChatPromptsQuery(audit,
                StepId.of("technical_infrastructure"), Callers.alice()));

        assertThat(view.step()).isEqualTo(StepId.of("technical_infrastructure"));
        assertThat(view.prompts()).hasSize(3).noneMatch(prompt -> prompt.startsWith("Which answer fits us"))
                .contains("How is my score calculated?");
    }

    @Test
    void rejectsAStepOfAnotherQuestionnaire() {
        AuditId audit = audits.startedBy(Callers.alice());

        assertThatThrownBy(() -> service.prompts(new SuggestChatPromptsQuery(audit, StepId.of("nope"),
                Callers.alice()))).isInstanceOf(ChatStepRejected.class);
    }

    @Test
    void followsTheAccessRule() {
        GuestDraft guest = audits.startedByGuest();
        AuditId guestAudit = guest.id();

        assertThat(service.prompts(new SuggestChatPromptsQuery(guestAudit, null,
                guest.caller())).prompts()).hasSize(3);
        assertThat(service.prompts(new SuggestChatPromptsQuery(guestAudit, null, Callers.admin())).prompts())
                .hasSize(3);
        assertThatThrownBy(() -> service.prompts(new SuggestChatPromptsQuery(guestAudit, null, Callers.bob())))
                .isInstanceOf(AuditNotFound.class);
        assertThat(ports.log.latest(1).getFirst().action()).isEqualTo("access.denied");
        mustAuthenticate(ports.log, () -> service.prompts(new SuggestChatPromptsQuery(AuditSamples.newId(), null,
                Callers.anonymous())));
    }
}
