package ara.application.port.out.chat;

import ara.domain.chat.ChatRole;

import java.util.Objects;

/** One earlier turn of the conversation as an assistant sees it. */
public record ChatTurn(ChatRole role, String content) {
    public ChatTurn {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }
}
