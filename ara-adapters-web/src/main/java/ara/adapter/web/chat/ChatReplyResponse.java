package ara.adapter.web.chat;

import ara.application.port.in.chat.ChatReplyView;

import java.time.Instant;
import java.util.List;

/**
 * Response body: a whole reply ({@code Accept: application/json}); the stream's {@code done} event carries the same
 * without {@code content} and {@code suggestions}, which came as events before.
 */
public record ChatReplyResponse(String messageId, String source, String content, List<SuggestionResponse> suggestions,
                                Usage usage, Instant createdAt) {

    /** Tokens used, as reported by the model or estimated (four characters a token). */
    public record Usage(int promptTokens, int completionTokens) {
    }

    /** Response body of the {@code done} event. */
    public record Done(String messageId, String source, Usage usage) {
        static Done from(ChatReplyView view) {
            return new Done(view.reply().id().toString(), view.reply().source().code(),
                    new Usage(view.promptTokens(), view.completionTokens()));
        }
    }

    public static ChatReplyResponse from(ChatReplyView view) {
        var reply = view.reply();
        return new ChatReplyResponse(reply.id().toString(), reply.source().code(), reply.content(),
                reply.suggestions().stream().map(SuggestionResponse::from).toList(),
                new Usage(view.promptTokens(), view.completionTokens()), reply.createdAt());
    }
}
