package ara.domain.chat;

import java.util.Objects;
import java.util.UUID;

/** Value object: the id of a chat message. */
public record ChatMessageId(UUID value) {
    public ChatMessageId {
        Objects.requireNonNull(value, "chatMessageId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
