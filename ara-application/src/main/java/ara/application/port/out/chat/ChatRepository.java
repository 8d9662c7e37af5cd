package ara.application.port.out.chat;

import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;

import java.time.Instant;
import java.util.List;

/**
 * Outbound port: stores the chat messages of audits. Chat content is personal data: it belongs to the audit and
 * goes with it ({@link #deleteAudit}). Implementations are thread-safe.
 */
public interface ChatRepository {

    /**
     * Stores a message.
     *
     * @return the message as stored (instants cut to microseconds)
     * @throws IllegalStateException when a message with this id exists
     */
    ChatMessage append(ChatMessage message);

    /**
     * One page of an audit's messages, newest first ({@code createdAt} descending, then id descending), strictly
     * before {@code before} when it is given.
     */
    List<ChatMessage> page(AuditId audit, Instant before, int limit);

    /** How many messages an audit has. */
    long count(AuditId audit);

    /** Deletes every message of an audit; returns how many there were. */
    int deleteAudit(AuditId audit);
}
