package ara.bootstrap.assistant;

import ara.adapter.assistant.offline.HashedNgramEmbeddingModel;
import ara.adapter.assistant.offline.OfflineAssistantModel;
import ara.adapter.catalog.ClasspathQuestionnaireCatalog;
import ara.adapter.memory.InMemoryAuditLog;
import ara.adapter.memory.InMemoryAuditRepository;
import ara.adapter.memory.InMemoryChatRepository;
import ara.application.port.in.audit.StartAuditCommand;
import ara.application.port.in.chat.ChatEventView;
import ara.application.port.in.chat.ChatReplyView;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.port.in.chat.SendChatMessageCommand;
import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.AssistantUnavailable;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.service.audit.StartAuditService;
import ara.application.service.chat.SendChatMessageService;
import ara.domain.answer.AnswerValue;
import ara.domain.audit.AuditId;
import ara.domain.audit.AuditNotFound;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.identity.Caller;
import ara.domain.identity.UserIdentity;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.StepId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The chat service on the real in-memory adapters and the classic questionnaire, with scripted assistants standing
 * in for a language model: suggestions are validated, a failing assistant hands over to the next, the history is
 * cut to the budget and summarised, similar earlier messages are recalled, and only the owner may chat.
 */
class SendChatMessageServiceTest {
    private static final Caller ALICE = Caller.user(new UserIdentity("alice", null, Set.of()));
    private final Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    private final ClasspathQuestionnaireCatalog catalog = new ClasspathQuestionnaireCatalog();
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository();
    private final InMemoryChatRepository chats = new InMemoryChatRepository();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final AtomicReference<AssistantRequest> seen = new AtomicReference<>();

    private AuditId newAudit() {
        var started = new StartAuditService(catalog, audits, () -> new AuditId(UUID.randomUUID()),
                count -> new byte[count], log, clock).start(new StartAuditCommand(null, "Acme", ALICE));
        return started.audit().audit().id();
    }

    /** An assistant that runs a script against the listener (and remembers the request it got). */
    private AssistantModel scripted(ChatSource source, BiConsumer<AssistantRequest, AssistantListener> script) {
        return new AssistantModel() {
            @Override
            public ChatSource source() {
                return source;
            }

            @Override
            public AssistantReply reply(AssistantRequest request, AssistantListener listener) {
                seen.set(request);
                script.accept(request, listener);
                return new AssistantReply(source, 1, 1);
            }
        };
    }

    private SendChatMessageService service(AssistantModel... assistants) {
        return new SendChatMessageService(catalog, audits, chats, List.of(assistants), new HashedNgramEmbeddingModel(),
                () -> new ChatMessageId(UUID.randomUUID()), log, clock, AuditMetrics.none());
    }

    private static SendChatMessageCommand message(AuditId audit, String text) {
        return new SendChatMessageCommand(audit, text, null, ALICE);
    }

    @Test
    void relaysOnlyValidSuggestionsOncePerQuestionAndStoresThem() {
        AuditId audit = newAudit();
        QuestionId industry = QuestionId.of("industry");
        SendChatMessageService service = service(scripted(ChatSource.LLM, (request, listener) -> {
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
        assertThat(chats.page(audit, null, 10)).extracting(ChatMessage::role)
                .containsExactly(ChatRole.ASSISTANT, ChatRole.USER);
    }

    @Test
    void aFailingAssistantHandsOverToTheNextAfterWhatItStreamed() {
        AuditId audit = newAudit();
        SendChatMessageService service = service(
                scripted(ChatSource.LLM, (request, listener) -> {
                    listener.token("Half a");
                    throw new AssistantUnavailable("stalled");
                }),
                new OfflineAssistantModel());
        List<ChatEventView> events = new ArrayList<>();

        ChatReplyView reply = service.send(message(audit, "How is my score calculated?"), events::add);

        assertThat(events.get(0)).isEqualTo(new ChatEventView.Token("Half a"));
        assertThat(events.get(1)).isEqualTo(new ChatEventView.Token("\n\n"));
        assertThat(reply.reply().source()).isEqualTo(ChatSource.OFFLINE);
        assertThat(reply.reply().content()).startsWith("Half a\n\nOffline assistant");
    }

    @Test
    void cutsTheHistoryToTheBudgetKeepingTheLatestTurnsAndSummarisingTheRest() {
        AuditId audit = newAudit();
        SendChatMessageService service = service(scripted(ChatSource.LLM, (request, listener) ->
                listener.token("ok")));
        for (int i = 0; i < 12; i++) {
            service.send(message(audit, "Long question number " + i + " " + "x".repeat(600)), event -> { });
        }

        service.send(message(audit, "And now?"), event -> { });

        AssistantRequest request = seen.get();
        int tokens = request.conversation().stream().mapToInt(t -> (t.content().length() + 3) / 4).sum();
        assertThat(tokens).isLessThanOrEqualTo(1_500);
        assertThat(request.conversation()).isNotEmpty();
        assertThat(request.conversation().getLast().content()).isEqualTo("ok");
        assertThat(request.summary()).startsWith("Earlier the user asked: Long question number 0");
        assertThat(request.systemPrompt()).contains("Current step: Organization Overview").contains("company_size")
                .contains("Progress: 0 of");
    }

    @Test
    void recallsSimilarEarlierMessagesOfTheSameAuditOnly() {
        AuditId audit = newAudit();
        AuditId other = newAudit();
        SendChatMessageService service = service(scripted(ChatSource.LLM, (request, listener) ->
                listener.token("ok")));
        service.send(message(audit, "Our cloud runs on AWS with Kubernetes clusters."), event -> { });
        service.send(message(audit, "We have unit tests and integration tests."), event -> { });
        service.send(message(other, "Our cloud is Azure only."), event -> { });

        service.send(message(audit, "What did I say about our cloud?"), event -> { });

        assertThat(seen.get().recalled()).extracting(turn -> turn.content())
                .first().isEqualTo("Our cloud runs on AWS with Kubernetes clusters.");
        assertThat(seen.get().recalled()).extracting(turn -> turn.content())
                .doesNotContain("Our cloud is Azure only.");
    }

    @Test
    void onlyTheOwnerChatsAndOnlyAboutStepsOfTheQuestionnaire() {
        AuditId audit = newAudit();
        SendChatMessageService service = service(new OfflineAssistantModel());
        Caller mallory = Caller.user(new UserIdentity("mallory", null, Set.of()));

        assertThatThrownBy(() -> service.send(new SendChatMessageCommand(audit, "hi", null, mallory), e -> { }))
                .isInstanceOf(AuditNotFound.class);
        assertThatThrownBy(() -> service.send(new SendChatMessageCommand(audit, "hi", StepId.of("nope"), ALICE),
                e -> { })).isInstanceOf(ChatStepRejected.class);
        assertThat(chats.count(audit)).isZero();
    }
}
