package ara.adapter.web.chat;

import ara.domain.chat.ChatMessage;

import java.time.Instant;
import java.util.List;

/** Response body: one stored chat message (a user's or an assistant's, with its source and suggestions). */
public record ChatMessageResponse(String id, String role, String content, String stepId, String source,
                                  List<SuggestionResponse> suggestions, Instant createdAt) {
    public static ChatMessageResponse from(ChatMessage message) {
        return new ChatMessageResponse(message.id().toString(), message.role().code(), message.content(),
                message.step() == null ? null : message.step().value(),
                message.source() == null ? null : message.source().code(),
                message.suggestions().stream().map(SuggestionResponse::from).toList(), message.createdAt());
    }
}
