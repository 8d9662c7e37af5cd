package ara.adapter.web;

import ara.application.port.in.chat.ChatEventView;
import ara.application.port.in.chat.ChatHistoryView;
import ara.application.port.in.chat.ChatPromptsView;
import ara.application.port.in.chat.ChatReplyView;
import ara.application.port.in.chat.ChatStepRejected;
import ara.application.port.in.chat.ListChatMessagesQuery;
import ara.application.port.in.chat.ListChatMessagesUseCase;
import ara.application.port.in.chat.SendChatMessageCommand;
import ara.application.port.in.chat.SendChatMessageUseCase;
import ara.application.port.in.chat.SuggestChatPromptsQuery;
import ara.application.port.in.chat.SuggestChatPromptsUseCase;
import ara.domain.answer.AnswerValue;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;
import ara.domain.chat.ChatSource;
import ara.domain.chat.SuggestedAnswer;
import ara.domain.questionnaire.QuestionId;
import ara.domain.questionnaire.StepId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Test double of the chat use cases over {@link FakeUseCases}' audits and access rule: the reply streams "Hello",
 * " there" and, for a message naming "healthcare", a suggestion for {@code industry}; messages are kept in a list.
 * An unknown step is any step id starting with {@code nope}. Thread-safe.
 */
final class FakeChat implements SendChatMessageUseCase, ListChatMessagesUseCase, SuggestChatPromptsUseCase {
    private final FakeUseCases audits;
    private final List<ChatMessage> messages = new CopyOnWriteArrayList<>();

    FakeChat(FakeUseCases audits) {
        this.audits = audits;
    }

    @Override
    public ChatReplyView send(SendChatMessageCommand command, Consumer<ChatEventView> events) {
        audits.get(command.audit(), command.caller());
        requireKnown(command.step());
        Instant now = FakeUseCases.NOW.plusSeconds(messages.size());
        messages.add(new ChatMessage(new ChatMessageId(UUID.randomUUID()), command.audit(), ChatRole.USER,
                command.message(), command.step(), null, List.of(), now, null));
        List<SuggestedAnswer> suggestions = new ArrayList<>();
        events.accept(new ChatEventView.Token("Hello"));
        events.accept(new ChatEventView.Token(" there"));
        if (command.message().contains("healthcare")) {
            SuggestedAnswer suggestion = new SuggestedAnswer(QuestionId.of("industry"),
                    new AnswerValue.Choice("healthcare"), "you said so");
            suggestions.add(suggestion);
            events.accept(new ChatEventView.Suggestion(suggestion));
        }
        ChatMessage reply = new ChatMessage(new ChatMessageId(UUID.randomUUID()), command.audit(),
                ChatRole.ASSISTANT, "Hello there", command.step(), ChatSource.OFFLINE, suggestions,
                now.plusMillis(1), null);
        messages.add(reply);
        return new ChatReplyView(reply, 10, 3);
    }

    @Override
    public ChatHistoryView list(ListChatMessagesQuery query) {
        audits.get(query.audit(), query.caller());
        List<ChatMessage> newestFirst = messages.stream().filter(m -> m.audit().equals(query.audit()))
                .filter(m -> query.before() == null || m.createdAt().isBefore(query.before()))
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
        boolean more = newestFirst.size() > query.limit();
        return new ChatHistoryView(more ? newestFirst.subList(0, query.limit()) : newestFirst, more);
    }

    @Override
    public ChatPromptsView prompts(SuggestChatPromptsQuery query) {
        audits.get(query.audit(), query.caller());
        requireKnown(query.step());
        return new ChatPromptsView(query.step() == null ? StepId.of("basics") : query.step(),
                List.of("One?", "Two?", "How is my score calculated?"));
    }

    private static void requireKnown(StepId step) {
        if (step != null && step.value().startsWith("nope")) {
            throw new ChatStepRejected(step);
        }
    }
}
