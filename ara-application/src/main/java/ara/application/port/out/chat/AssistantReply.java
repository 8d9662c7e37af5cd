package ara.application.port.out.chat;

import ara.domain.chat.ChatSource;

import java.util.Objects;

/**
 * What an assistant reports once its reply is complete.
 *
 * @param promptTokens     tokens the request used (as the model reports them, or estimated at four characters a
 *                         token)
 * @param completionTokens tokens of the reply, the same way
 */
public record AssistantReply(ChatSource source, int promptTokens, int completionTokens) {
    public AssistantReply {
        Objects.requireNonNull(source, "source");
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0");
        }
    }
}
