package ara.application.port.in.chat;

import ara.domain.chat.ChatMessage;

import java.util.List;

/**
 * View: one page of chat messages, newest first.
 *
 * @param more whether older messages exist beyond this page
 */
public record ChatHistoryView(List<ChatMessage> messages, boolean more) {
    public ChatHistoryView {
        messages = List.copyOf(messages);
    }
}
