package ara.application.service.chat;

import ara.application.port.in.chat.ChatEventView;
import ara.application.port.in.chat.ChatReplyView;
import ara.application.port.in.chat.SendChatMessageCommand;
import ara.application.port.in.chat.SendChatMessageUseCase;
import ara.application.port.in.limit.AdmitRequestCommand.Scope;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.chat.AssistantListener;
import ara.application.port.out.chat.AssistantModel;
import ara.application.port.out.chat.AssistantReply;
import ara.application.port.out.chat.AssistantRequest;
import ara.application.port.out.chat.AssistantUnavailable;
import ara.application.port.out.chat.ChatRepository;
import ara.application.port.out.chat.ChatTurn;
import ara.application.port.out.chat.EmbeddingModel;
import ara.application.port.out.metrics.AuditMetrics;
import ara.application.port.out.questionnaire.QuestionnaireCatalog;
import ara.application.service.identity.AccessGuard;
import ara.application.service.limit.AuditAllowances;
import ara.domain.answer.AnswerValidator;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.Embedding;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.identity.GuestSubmitPolicy;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.QuestionnaireDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Service: answers a chat message with the first assistant that can (the language model, if configured, then the
 * offline assistant), streaming tokens and validated suggestions; stores the message, its embedding and the reply.
 * The chat content is never logged. Thread-safe.
 */
public final class SendChatMessageService implements SendChatMessageUseCase {
    /** Earlier messages considered for the conversation window and for recall. */
    static final int HISTORY_SCAN = 200;
    /** How many similar earlier messages are recalled, and how similar they must be. */
    static final int RECALL_COUNT = 3;
    static final double RECALL_SIMILARITY = 0.25;

    private final QuestionnaireCatalog catalog;
    private final AuditRepository audits;
    private final GuestSubmitPolicy guestPolicy;
    private final ChatRepository chats;
    private final List<AssistantModel> assistants;
    private final EmbeddingModel embeddings;
    private final Supplier<ChatMessageId> ids;
    private final AccessGuard guard;
    private final Clock clock;
    private final AuditMetrics metrics;
    private final AuditAllowances allowances;

    /**
     * @param assistants tried in order until one answers; the last should be the offline assistant, which does not
     *                   fail
     */
    public SendChatMessageService(QuestionnaireCatalog catalog, AuditRepository audits, GuestSubmitPolicy guestPolicy,
                                  ChatRepository chats, List<AssistantModel> assistants, EmbeddingModel embeddings,
                                  Supplier<ChatMessageId> ids, AuditLog log, Clock clock, AuditMetrics metrics,
                                  AuditAllowances allowances) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.audits = Objects.requireNonNull(audits, "audits");
        this.guestPolicy = Objects.requireNonNull(guestPolicy, "guestPolicy");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.assistants = List.copyOf(assistants);
        if (this.assistants.isEmpty()) {
            throw new IllegalArgumentException("at least one assistant is needed");
        }
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.allowances = Objects.requireNonNull(allowances, "allowances");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), clock);
    }

    @Override
    public ChatReplyView send(SendChatMessageCommand command, Consumer<ChatEventView> events) {
        ChatContext context = ChatContext.load(catalog, audits, guestPolicy, guard, command.audit(), command.caller(),
                command.step());
        allowances.spend(Scope.CHAT_PER_AUDIT, command.audit());
        List<ChatMessage> history = chats.page(command.audit(), null, HISTORY_SCAN).reversed();
        Embedding vector = embed(command.message());
        List<ChatTurn> conversation = AssistantPrompts.window(history);
        var view = context.view();
        AssistantRequest request = new AssistantRequest(AssistantPrompts.system(view, context.step()),
                AssistantPrompts.summary(history, conversation.size()), conversation, recall(history, vector),
                command.message(), view.definition(), context.step(), view.audit().answers(), view.progress(),
                view.score());
        ChatMessage asked = chats.append(new ChatMessage(ids.get(), command.audit(), ChatRole.USER,
                command.message(), context.step().id(), null, List.of(), clock.instant(), vector));

        Relay relay = new Relay(view.definition(), events);
        AssistantReply reply = answer(request, relay);
        Instant now = clock.instant();
        Instant at = now.isAfter(asked.createdAt()) ? now : asked.createdAt().plus(1, ChronoUnit.MICROS);
        String text = relay.text.length() > ChatMessage.REPLY_MAX
                ? relay.text.substring(0, ChatMessage.REPLY_MAX) : relay.text.toString();
        ChatMessage stored = chats.append(new ChatMessage(ids.get(), command.audit(), ChatRole.ASSISTANT, text,
                context.step().id(), reply.source(), relay.accepted, at, null));
        metrics.chatMessage(reply.source());
        return new ChatReplyView(stored, reply.promptTokens(), reply.completionTokens());
    }

    private AssistantReply answer(AssistantRequest request, Relay relay) {
        AssistantUnavailable last = null;
        for (AssistantModel assistant : assistants) {
            try {
                return assistant.reply(request, relay);
            } catch (AssistantUnavailable e) {
                last = e;
                relay.restart();
            }
        }
        throw new IllegalStateException("no assistant could answer", last);
    }

    private Embedding embed(String text) {
        try {
            return embeddings.embed(text);
        } catch (AssistantUnavailable e) {
            // Recall is a nicety: without a vector the message is stored and answered all the same.
            return null;
        }
    }

    private static List<ChatTurn> recall(List<ChatMessage> history, Embedding vector) {
        if (vector == null) {
            return List.of();
        }
        record Scored(ChatMessage message, double similarity) {
        }
        return history.stream()
                .filter(m -> m.role() == ChatRole.USER && m.embedding() != null)
                .map(m -> new Scored(m, m.embedding().similarity(vector)))
                .filter(s -> s.similarity() >= RECALL_SIMILARITY)
                .sorted(Comparator.comparingDouble(Scored::similarity).reversed())
                .limit(RECALL_COUNT)
                .map(s -> new ChatTurn(s.message().role(), s.message().content()))
                .toList();
    }

    /**
     * Passes an assistant's stream on as events: text as it comes, suggestions only when the question exists and
     * accepts the value (invalid proposals are dropped), once per question. Used by one request's thread.
     */
    private static final class Relay implements AssistantListener {
        private static final String SEPARATOR = "\n\n";
        private final QuestionnaireDefinition definition;
        private final Consumer<ChatEventView> events;
        private final StringBuilder text = new StringBuilder();
        private final List<SuggestedAnswer> accepted = new ArrayList<>();
        private final Set<QuestionId> suggested = new HashSet<>();

        Relay(QuestionnaireDefinition definition, Consumer<ChatEventView> events) {
            this.definition = definition;
            this.events = Objects.requireNonNull(events, "events");
        }

        @Override
        public void token(String piece) {
            if (piece.isEmpty()) {
                return;
            }
            text.append(piece);
            events.accept(new ChatEventView.Token(piece));
        }

        @Override
        public void suggestion(SuggestedAnswer suggestion) {
            if (suggested.contains(suggestion.questionId()) || definition.question(suggestion.questionId()).isEmpty()
                    || !AnswerValidator.validate(definition, suggestion.questionId(), suggestion.value()).isEmpty()) {
                return;
            }
            suggested.add(suggestion.questionId());
            accepted.add(suggestion);
            events.accept(new ChatEventView.Suggestion(suggestion));
        }

        /** The next assistant takes over: what was streamed stays, set apart; its suggestions are kept. */
        void restart() {
            if (!text.isEmpty()) {
                token(SEPARATOR);
            }
        }
    }
}
