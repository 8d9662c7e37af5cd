package ara.application.port.in.chat;

import ara.domain.chat.ChatMessage;

import java.util.Objects;

/**
 * View: the stored reply (its text, source and validated suggestions) and the tokens it used.
 *
 * @param promptTokens     as the model reported them, or estimated (four characters a token)
 * @param completionTokens the same for the reply
 */
public record ChatReplyView(ChatMessage reply, int promptTokens, int completionTokens) {
    public ChatReplyView {
        Objects.requireNonNull(reply, "reply");
    }
}
