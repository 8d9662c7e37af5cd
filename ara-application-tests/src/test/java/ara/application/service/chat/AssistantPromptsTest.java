package ara.application.service.chat;

import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.out.chat.ChatTurn;
import ara.application.service.audit.StartAuditService;
import ara.application.service.identity.AccessGuard;
import ara.contract.AuditSamples;
import ara.domain.answer.AnswerValue;
import ara.domain.answer.Answers;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.questionnaire.Question;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;
import ara.domain.questionnaire.QuestionnaireId;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ara.application.fixture.ClassicAnswers.COMPANY_SIZE;
import static ara.application.fixture.ClassicAnswers.choice;
import static org.assertj.core.api.Assertions.assertThat;

class AssistantPromptsTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final QuestionnaireDefinition classic = ports.catalog.current(ClasspathQuestionnaireCatalog.CLASSIC)
            .orElseThrow().definition();
    private final AuditId audit = AuditSamples.newId();

    private Question question(String id) {
        return classic.question(QuestionId.of(id)).orElseThrow();
    }

    private ChatMessage message(ChatRole role, String content) {
        return new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit, role, content, null,
                role == ChatRole.ASSISTANT ? ChatSource.LLM : null, List.of(), ports.clock.instant(), null);
    }

    @Test
    void countsFourCharactersAsAToken() {
        assertThat(AssistantPrompts.tokens("")).isZero();
        assertThat(AssistantPrompts.tokens("abcd")).isEqualTo(1);
        assertThat(AssistantPrompts.tokens("abcde")).isEqualTo(2);
    }

    @Test
    void writesWholeNumbersWithoutDecimals() {
        assertThat(AssistantPrompts.number(3.0)).isEqualTo("3");
        assertThat(AssistantPrompts.number(2.5)).isEqualTo("2.50");
    }

    @Test
    void describesAnswersInWords() {
        Question size = question("company_size");
        Question testing = question("testing_practices");

        assertThat(AssistantPrompts.describe(size, new AnswerValue.Choice("startup")))
                .isEqualTo("Startup (1–50 employees)");
        assertThat(AssistantPrompts.describe(size, new AnswerValue.Choice("gone"))).isEqualTo("gone");
        assertThat(AssistantPrompts.describe(testing, new AnswerValue.Choices(List.of("unit_tests", "e2e_tests"))))
                .isEqualTo("Unit tests, End-to-end tests");
        assertThat(AssistantPrompts.describe(testing, new AnswerValue.Choices(List.of()))).isEqualTo("none of these");
        assertThat(AssistantPrompts.describe(question("code_quality"), new AnswerValue.Number(7))).isEqualTo("7");
        assertThat(AssistantPrompts.describe(size, new AnswerValue.Flag(true))).isEqualTo("yes");
        assertThat(AssistantPrompts.describe(size, new AnswerValue.Text("ours"))).isEqualTo("\"ours\"");
    }

    @Test
    void keepsTheLatestTurnsThatFitTheBudgetOldestFirst() {
        String tooMuch = "x".repeat(4 * 1_200);
        List<ChatMessage> history = List.of(message(ChatRole.USER, "oldest"),
                message(ChatRole.USER, tooMuch), message(ChatRole.ASSISTANT, "a".repeat(4 * 400)),
                message(ChatRole.USER, "latest"));

        List<ChatTurn> window = AssistantPrompts.window(history);

        assertThat(window).extracting(ChatTurn::content).containsExactly("a".repeat(4 * 400), "latest");
        assertThat(window.getFirst().role()).isEqualTo(ChatRole.ASSISTANT);
        assertThat(AssistantPrompts.window(history.subList(0, 1))).extracting(ChatTurn::content)
                .containsExactly("oldest");
    }

    @Test
    void summarisesWhatTheUserAskedInTheTurnsLeftOut() {
        List<ChatMessage> history = new ArrayList<>();
        history.add(message(ChatRole.USER, "  first   question\n spread out "));
        history.add(message(ChatRole.ASSISTANT, "an answer nobody needs again"));
        history.add(message(ChatRole.USER, "q".repeat(200)));
        history.add(message(ChatRole.USER, "kept"));

        String summary = AssistantPrompts.summary(history, 1);

        assertThat(summary).isEqualTo("Earlier the user asked: first question spread out; " + "q".repeat(80) + "…");
        assertThat(AssistantPrompts.summary(history, history.size())).isEmpty();
    }

    @Test
    void theSystemPromptDescribesTheStepTheAnswersAndTheProgress() {
        StartedAudits audits = new StartedAudits(ports);
        AuditId started = audits.startedBy(Callers.alice());
        audits.answered(started, Callers.alice(), Answers.of(Map.of(COMPANY_SIZE, choice("startup"))));
        ChatContext context = ChatContext.load(ports.catalog, ports.audits, ports.guestPolicy,
                new AccessGuard(ports.log, ports.clock),
                started, Callers.alice(), StepId.of("organization_overview"));

        String prompt = AssistantPrompts.system(context.view(), context.step());

        assertThat(prompt).contains("questionnaire \"Agent Readiness Audit\"")
                .contains("Current step: Organization Overview (")
                .contains("- company_size: How large is your organisation? [single_select]")
                .contains("startup = Startup (1–50 employees)")
                .contains("Current answer: Startup (1–50 employees)")
                .contains("Current answer: not answered")
                .contains("Progress: 1 of ")
                .contains("Partial score: ")
                .doesNotContain("tech_stack_maturity");
        ChatContext technical = ChatContext.load(ports.catalog, ports.audits, ports.guestPolicy,
                new AccessGuard(ports.log, ports.clock), started, Callers.alice(),
                StepId.of("technical_infrastructure"));
        assertThat(AssistantPrompts.system(technical.view(), technical.step()))
                .contains("tech_stack_maturity").contains("Range: 1 to 10");
    }

    @Test
    void theSystemPromptOfAFullAuditNamesTheFrameworksAndTheUnknownOptions() {
        StartedAudits audits = new StartedAudits(ports);
        AuditId started = audits.startedBy(Callers.alice());
        StartAuditService start = new StartAuditService(ports.catalog, ports.audits, ports.guestPolicy,
                ports.auditIds, ports.secrets,
                ports.log, ports.clock);
        AuditId full = start.start(new StartAuditCommand(QuestionnaireId.of("full"), null, Callers.alice()))
                .audit().audit().id();
        ChatContext governance = ChatContext.load(ports.catalog, ports.audits, ports.guestPolicy,
                new AccessGuard(ports.log, ports.clock), full, Callers.alice(), StepId.of("governance_risk"));

        String prompt = AssistantPrompts.system(governance.view(), governance.step());

        assertThat(prompt).contains("questionnaire \"Agent Readiness Assessment (full)\"")
                .contains("- human_oversight: How do people oversee what agents decide and do? [single_select]")
                .contains("Rests on: eu-ai-act Art. 14; ")
                .contains("unknown = I don't know [unknown]")
                .contains("Frameworks cited: ").contains("eu-ai-act = Regulation (EU) 2024/1689")
                .contains("An option marked [unknown] is the honest \"I don't know\"");
        ChatContext classic = ChatContext.load(ports.catalog, ports.audits, ports.guestPolicy,
                new AccessGuard(ports.log, ports.clock),
                started, Callers.alice(), StepId.of("organization_overview"));
        assertThat(AssistantPrompts.system(classic.view(), classic.step()))
                .doesNotContain("Frameworks cited").doesNotContain("[unknown]").doesNotContain("Rests on");
    }
}
