package ara.domain.chat;

import ara.domain.audit.AuditId;
import ara.domain.questionnaire.StepId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: one message of an audit's chat with the assistant, as stored. Chat content is personal data: it
 * lives and dies with its audit and is never logged ({@link #toString} leaves it out).
 *
 * @param step        the wizard step the user was on, or {@code null}
 * @param source      who wrote an assistant reply; {@code null} for user messages
 * @param suggestions answers the reply proposed (validated); empty for user messages
 * @param embedding   the content's vector, or {@code null} when none was computed
 */
public record ChatMessage(ChatMessageId id, AuditId audit, ChatRole role, String content, StepId step,
                          ChatSource source, List<SuggestedAnswer> suggestions, Instant createdAt,
                          Embedding embedding) {
    /** The longest message a user may send. */
    public static final int USER_MAX = 2_000;
    /** The longest reply stored (longer replies are cut). */
    public static final int REPLY_MAX = 20_000;

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(createdAt, "createdAt");
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        if (role == ChatRole.USER && (source != null || !suggestions.isEmpty())) {
            throw new IllegalArgumentException("a user message has no source and no suggestions");
        }
        if (role == ChatRole.ASSISTANT && source == null) {
            throw new IllegalArgumentException("an assistant message needs its source");
        }
    }

    public Optional<StepId> stepId() {
        return Optional.ofNullable(step);
    }

    public Optional<Embedding> vector() {
        return Optional.ofNullable(embedding);
    }

    @Override
    public String toString() {
        return "ChatMessage[" + id + ", audit " + audit + ", " + role.code() + ", " + content.length() + " chars]";
    }
}
