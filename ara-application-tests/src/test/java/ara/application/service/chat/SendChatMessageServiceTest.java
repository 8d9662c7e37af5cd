package ara.application.service.chat;

import ara.application.fixture.Allowances;
import ara.application.fixture.Callers;
import ara.application.fixture.InMemoryPorts;
import ara.application.fixture.RecordingAuditMetrics;
import ara.application.fixture.StartedAudits.GuestDraft;
import ara.application.fixture.StartedAudits;
import ara.application.port.in.chat.ChatEventView;
import ara.application.port.in.chat.ChatReplyView;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.port.in.chat.SendChatMessageCommand;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.ChatTurn;
import ara.contract.AuditSamples;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.identity.Caller;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static ara.application.fixture.AccessAssertions.deniedAndLogged;
import static ara.application.fixture.AccessAssertions.mustAuthenticate;
import static ara.application.fixture.AllowanceAssertions.spentOnlyByTheOwner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat service over the in-memory adapters and the classic questionnaire, with scripted assistants and a keyword
 * embedding standing in for the language and embedding models (ara-bootstrap's test of the same name runs it with
 * the offline assistant and embedding of ara-adapters-assistant).
 */
class SendChatMessageServiceTest {
    private final InMemoryPorts ports = new InMemoryPorts();
    private final StartedAudits audits = new StartedAudits(ports);
    private final KeywordEmbeddingModel embeddings = new KeywordEmbeddingModel();
    private final RecordingAuditMetrics metrics = new RecordingAuditMetrics();
    private final AtomicLong messageIds = new AtomicLong();

    private SendChatMessageService service(AssistantModel... assistants) {
        return new SendChatMessageService(ports.catalog, ports.audits, ports.guestPolicy, ports.chats,
                List.of(assistants), embeddings,
                () -> new ChatMessageId(new UUID(1, messageIds.incrementAndGet())), ports.log, ports.clock, metrics,
                ports.allowances);
    }

    private static SendChatMessageCommand message(AuditId audit, String text) {
        return new SendChatMessageCommand(audit, text, null, Callers.alice());
    }

    /** Sends a message a second after the last, as a user types them. */
    private ChatReplyView send(SendChatMessageService service, SendChatMessageCommand command) {
        ports.clock.advance(Duration.ofSeconds(1));
        return service.send(command, event -> { });
    }

    @Test
    void streamsTheReplyAndStoresTheMessageAndTheReply() {
        AuditId audit = audits.startedBy(Callers.alice());
        SendChatMessageService service = service(ScriptedAssistantModel.replying(ChatSource.LLM, "Hello", ", Alice"));
        List<ChatEventView> events = new ArrayList<>();

        ChatReplyView reply = service.send(message(audit, "Hi there"), events::add);

        assertThat(events).containsExactly(new ChatEventView.Token("Hello"), new ChatEventView.Token(", Alice"));
        assertThat(reply.reply().content()).isEqualTo("Hello, Alice");
        assertThat(reply.reply().role()).isEqualTo(ChatRole.ASSISTANT);
        assertThat(reply.reply().step()).isEqualTo(StepId.of("organization_overview"));
        assertThat(reply.promptTokens()).isEqualTo(11);
        assertThat(reply.completionTokens()).isEqualTo(7);
        List<ChatMessage> stored = ports.chats.page(audit, null, 10);
        assertThat(stored).extracting(ChatMessage::role).containsExactly(ChatRole.ASSISTANT, ChatRole.USER);
        assertThat(stored.get(1).content()).isEqualTo("Hi there");
        assertThat(stored.get(1).embedding()).as("the message's vector is kept for recall").isNotNull();
        assertThat(stored.get(0).createdAt()).isAfter(stored.get(1).createdAt());
        assertThat(metrics.chatMessages()).containsExactly(ChatSource.LLM);
    }

    @Test
    void relaysOnlyValidSuggestionsOncePerQuestionAndStoresThem() {
        AuditId audit = audits.startedBy(Callers.alice());
        QuestionId industry = QuestionId.of("industry");
        SendChatMessageService service = service(ScriptedAssistantModel.scripted(ChatSource.LLM, listener -> {
            listener.token("Sure.");
            listener.suggestion(new SuggestedAnswer(industry, new AnswerValue.Choice("crypto"), "no such option"));
            listener.suggestion(new SuggestedAnswer(QuestionId.of("no_such_question"),
                    new AnswerValue.Choice("x"), ""));
            listener.suggestion(new SuggestedAnswer(QuestionId.of("tech_stack_maturity"),
                    new AnswerValue.Number(42), "out of range"));
            listener.suggestion(new SuggestedAnswer(industry, new AnswerValue.Choice("finance"), "banking"));
            listener.suggestion(new SuggestedAnswer(industry, new AnswerValue.Choice("retail"), "second thoughts"));
        }));
        List<ChatEventView> events = new ArrayList<>();

        ChatReplyView reply = service.send(message(audit, "We are a bank"), events::add);

        assertThat(events).containsExactly(new ChatEventView.Token("Sure."), new ChatEventView.Suggestion(
                new SuggestedAnswer(industry, new AnswerValue.Choice("finance"), "banking")));
        assertThat(reply.reply().suggestions()).extracting(SuggestedAnswer::value)
                .containsExactly(new AnswerValue.Choice("finance"));
        assertThat(reply.reply().source()).isEqualTo(ChatSource.LLM);
        assertThat(ports.chats.page(audit, null, 10)).extracting(ChatMessage::role)
                .containsExactly(ChatRole.ASSISTANT, ChatRole.USER);
    }

    @Test
    void aFailingAssistantHandsOverToTheNextAfterWhatItStreamed() {
        AuditId audit = audits.startedBy(Callers.alice());
        SendChatMessageService service = service(ScriptedAssistantModel.failingAfter("Half a"),
                ScriptedAssistantModel.replying(ChatSource.OFFLINE, "Offline assistant here."));
        List<ChatEventView> events = new ArrayList<>();

        ChatReplyView reply = service.send(message(audit, "How is my score calculated?"), events::add);

        assertThat(events.get(0)).isEqualTo(new ChatEventView.Token("Half a"));
        assertThat(events.get(1)).isEqualTo(new ChatEventView.Token("\n\n"));
        assertThat(reply.reply().source()).isEqualTo(ChatSource.OFFLINE);
        assertThat(reply.reply().content()).startsWith("Half a\n\nOffline assistant");
        assertThat(metrics.chatMessages()).containsExactly(ChatSource.OFFLINE);
    }

    @Test
    void whenNoAssistantAnswersTheMessageFailsButStaysStored() {
        AuditId audit = audits.startedBy(Callers.alice());
        SendChatMessageService service = service(ScriptedAssistantModel.failingAfter());

        assertThatThrownBy(() -> service.send(message(audit, "Anyone?"), event -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no assistant");
        assertThat(ports.chats.page(audit, null, 10)).extracting(ChatMessage::role)
                .as("the user's message was stored before asking").containsExactly(ChatRole.USER);
        assertThat(metrics.chatMessages()).isEmpty();
    }

    @Test
    void cutsTheHistoryToTheBudgetKeepingTheLatestTurnsAndSummarisingTheRest() {
        AuditId audit = audits.startedBy(Callers.alice());
        ScriptedAssistantModel assistant = ScriptedAssistantModel.replying(ChatSource.LLM, "ok");
        SendChatMessageService service = service(assistant);
        for (int i = 0; i < 12; i++) {
            send(service, message(audit, "Long question number " + i + " " + "x".repeat(600)));
        }

        send(service, message(audit, "And now?"));

        AssistantRequest request = assistant.lastRequest();
        int tokens = request.conversation().stream().mapToInt(t -> (t.content().length() + 3) / 4).sum();
        assertThat(tokens).isLessThanOrEqualTo(AssistantPrompts.HISTORY_TOKEN_BUDGET);
        assertThat(request.conversation()).isNotEmpty();
        assertThat(request.conversation().getLast().content()).isEqualTo("ok");
        assertThat(request.summary()).startsWith("Earlier the user asked: Long question number 0");
        assertThat(request.message()).isEqualTo("And now?");
        assertThat(request.systemPrompt()).contains("Current step: Organization Overview").contains("company_size")
                .contains("Progress: 0 of");
    }

    @Test
    void recallsSimilarEarlierMessagesOfTheSameAuditOnly() {
        AuditId audit = audits.startedBy(Callers.alice());
        AuditId other = audits.startedBy(Callers.alice());
        ScriptedAssistantModel assistant = ScriptedAssistantModel.replying(ChatSource.LLM, "ok");
        SendChatMessageService service = service(assistant);
        send(service, message(audit, "Our cloud runs on AWS with Kubernetes clusters."));
        send(service, message(audit, "We have unit tests and integration tests."));
        send(service, message(other, "Our cloud is Azure only."));

        send(service, message(audit, "What did I say about our cloud?"));

        assertThat(assistant.lastRequest().recalled()).extracting(ChatTurn::content)
                .first().isEqualTo("Our cloud runs on AWS with Kubernetes clusters.");
        assertThat(assistant.lastRequest().recalled()).extracting(ChatTurn::content)
                .doesNotContain("Our cloud is Azure only.");
    }

    @Test
    void answersWithoutRecallWhenTheEmbeddingModelIsDown() {
        AuditId audit = audits.startedBy(Callers.alice());
        ScriptedAssistantModel assistant = ScriptedAssistantModel.replying(ChatSource.LLM, "ok");
        SendChatMessageService service = service(assistant);
        send(service, message(audit, "Our cloud runs on AWS."));
        embeddings.goDown();

        ChatReplyView reply = send(service, message(audit, "What about our cloud?"));

        assertThat(reply.reply().content()).isEqualTo("ok");
        assertThat(assistant.lastRequest().recalled()).isEmpty();
        assertThat(ports.chats.page(audit, null, 1).getFirst().role()).isEqualTo(ChatRole.ASSISTANT);
        assertThat(ports.chats.page(audit, null, 2).get(1).embedding()).isNull();
    }

    @Test
    void talksAboutTheStepNamedInsteadOfTheCurrentOne() {
        AuditId audit = audits.startedBy(Callers.alice());
        ScriptedAssistantModel assistant = ScriptedAssistantModel.replying(ChatSource.LLM, "ok");

        ChatReplyView reply = service(assistant).send(new SendChatMessageCommand(audit, "Help",
                StepId.of("security_compliance"), Callers.alice()), event -> { });

        assertThat(assistant.lastRequest().step().id()).isEqualTo(StepId.of("security_compliance"));
        assertThat(assistant.lastRequest().systemPrompt()).contains("Current step: Security & Compliance");
        assertThat(reply.reply().step()).isEqualTo(StepId.of("security_compliance"));
    }

    @Test
    void cutsAnOverlongReplyToTheStoredMaximum() {
        AuditId audit = audits.startedBy(Callers.alice());
        SendChatMessageService service = service(ScriptedAssistantModel.replying(ChatSource.LLM,
                "y".repeat(ChatMessage.REPLY_MAX), "overflow"));

        ChatReplyView reply = service.send(message(audit, "Tell me everything"), event -> { });

        assertThat(reply.reply().content()).hasSize(ChatMessage.REPLY_MAX).doesNotContain("overflow");
    }

    @Test
    void onlyTheOwnerChatsAndOnlyAboutStepsOfTheQuestionnaire() {
        AuditId audit = audits.startedBy(Callers.alice());
        SendChatMessageService service = service(ScriptedAssistantModel.replying(ChatSource.OFFLINE, "hi"));

        assertThatThrownBy(() -> service.send(new SendChatMessageCommand(audit, "hi", null, Callers.user("mallory")),
                e -> { })).isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.send(new SendChatMessageCommand(audit, "hi", StepId.of("nope"),
                Callers.alice()), e -> { }))
                .isInstanceOfSatisfying(ChatStepRejected.class,
                        e -> assertThat(e.step()).isEqualTo(StepId.of("nope")));
        assertThat(ports.chats.count(audit)).isZero();
    }

    @Test
    void aStrangerIsToldTheAuditDoesNotExistAndTheAttemptIsLogged() {
        AuditId audit = audits.startedBy(Callers.alice());
        ScriptedAssistantModel assistant = ScriptedAssistantModel.replying(ChatSource.LLM, "secret");
        List<ChatEventView> events = new ArrayList<>();

        deniedAndLogged(ports.log, "user:bob", audit, () -> service(assistant).send(new SendChatMessageCommand(audit,
                "hi", null, Callers.bob()), events::add))
                .isInstanceOf(AuditNotFound.class);

        assertThat(events).isEmpty();
        assertThat(assistant.requests()).isEmpty();
    }

    @Test
    void anAnonymousCallerMustAuthenticateBeforeAnyLookUp() {
        AuditId unknown = AuditSamples.newId();
        mustAuthenticate(ports.log, () -> service(ScriptedAssistantModel.replying(ChatSource.LLM, "x")).send(
                new SendChatMessageCommand(unknown, "hi", null, Callers.anonymous()), e -> { }));
    }

    @Test
    void anUnknownAuditIsNotFound() {
        assertThatThrownBy(() -> service(ScriptedAssistantModel.replying(ChatSource.LLM, "x")).send(
                message(AuditSamples.newId(), "hi"), e -> { })).isInstanceOf(AuditNotFound.class);
    }

    @Test
    void anAdminAndTheGuestHoldingTheTokenMayChat() {
        GuestDraft draft = audits.startedByGuest();
        AuditId guestAudit = draft.id();
        Caller guest = draft.caller();
        SendChatMessageService service = service(ScriptedAssistantModel.replying(ChatSource.LLM, "ok"));

        send(service, new SendChatMessageCommand(guestAudit, "as the guest", null, guest));
        send(service, new SendChatMessageCommand(guestAudit, "as an admin", null, Callers.admin()));

        assertThat(ports.chats.count(guestAudit)).isEqualTo(4);
        assertThatThrownBy(() -> service.send(new SendChatMessageCommand(guestAudit, "wrong token", null,
                Callers.guest(AuditSamples.newGuestToken())), e -> { })).isInstanceOf(AuditNotFound.class);
    }

    @Test
    void needsAtLeastOneAssistant() {
        assertThatThrownBy(this::service).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyCallsTheAccessRuleLetsThroughSpendTheAuditsChatMessages() {
        AuditId audit = audits.startedBy(Callers.alice());
        Allowances one = new Allowances(ports.clock, 1);
        SendChatMessageService limited = new SendChatMessageService(ports.catalog, ports.audits, ports.guestPolicy,
                ports.chats,
                List.of(ScriptedAssistantModel.replying(ChatSource.LLM, "ok")), embeddings,
                () -> new ChatMessageId(new UUID(1, messageIds.incrementAndGet())), ports.log, ports.clock, metrics,
                one.allowances);

        spentOnlyByTheOwner(one, Scope.CHAT_PER_AUDIT,
                () -> limited.send(new SendChatMessageCommand(audit, "Hi", null, Callers.anonymous()), event -> { }),
                () -> limited.send(new SendChatMessageCommand(audit, "Hi", null, Callers.bob()), event -> { }),
                () -> limited.send(message(audit, "Hi"), event -> { }));

        assertThat(ports.chats.page(audit, null, 10)).as("only the admitted message and its reply").hasSize(2);
    }
}
