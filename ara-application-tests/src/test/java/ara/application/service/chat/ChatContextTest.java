package ara.application.service.chat;

import ara.application.fixture.Callers;
import ara.application.fixture.ClassicAnswers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.service.identity.AccessGuard;
import ara.contract.AuditSamples;
import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.CURRENT_AI_USAGE;
import static ara.application.fixture.ClassicAnswers.INDUSTRY;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatContextTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits audits = new StartedAudits(ports);
    private final AccessGuard guard = new AccessGuard(ports.log, ports.clock);

    private ChatContext load(AuditId audit, Caller caller, StepId step) {
        return ChatContext.load(ports.catalog, ports.audits, ports.guestPolicy, guard, audit, caller, step);
    }

    @Test
    void startsFromTheWizardsCurrentStep() {
        AuditId audit = audits.startedBy(Callers.alice());
        assertThat(load(audit, Callers.alice(), null).step().id()).isEqualTo(StepId.of("organization_overview"));

        audits.answered(audit, Callers.alice(), Answers.of(Map.of(COMPANY_SIZE, choice("startup"),
                INDUSTRY, choice("finance"), CURRENT_AI_USAGE, choice("pilot"))));

        ChatContext context = load(audit, Callers.alice(), null);
        assertThat(context.step().id()).isEqualTo(StepId.of("technical_infrastructure"));
        assertThat(context.view().audit().id()).isEqualTo(audit);
    }

    @Test
    void theStepNamedWinsAndAFinishedAuditTalksAboutItsLastStep() {
        AuditId audit = audits.startedBy(Callers.alice());
        assertThat(load(audit, Callers.alice(), StepId.of("development_practices")).step().id())
                .isEqualTo(StepId.of("development_practices"));

        audits.answered(audit, Callers.alice(), ClassicAnswers.complete());

        assertThat(load(audit, Callers.alice(), null).step().id()).isEqualTo(StepId.of("operations_monitoring"));
    }

    @Test
    void rejectsAnUnknownStepAndAppliesTheAccessRule() {
        AuditId audit = audits.startedBy(Callers.alice());

        assertThatThrownBy(() -> load(audit, Callers.alice(), StepId.of("nope")))
                .isInstanceOf(ChatStepRejected.class);
        assertThatThrownBy(() -> load(audit, Callers.bob(), null)).isInstanceOf(AuditNotFound.class);
        mustAuthenticate(ports.log, () -> load(AuditSamples.newId(), Callers.anonymous(), null));
        assertThatThrownBy(() -> load(AuditSamples.newId(), Callers.alice(), null))
                .isInstanceOf(AuditNotFound.class);
    }
}
