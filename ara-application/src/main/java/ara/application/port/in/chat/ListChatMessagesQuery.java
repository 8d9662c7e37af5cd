package ara.application.port.in.chat;

import ara.domain.audit.AuditId;
import ara.domain.identity.Caller;

import java.time.Instant;
import java.util.Objects;

/**
 * Query: one page of an audit's chat.
 *
 * @param before only messages strictly older than this, or {@code null} for the newest
 * @param limit  1 to {@value #MAX_LIMIT}
 */
public record ListChatMessagesQuery(AuditId audit, Instant before, int limit, Caller caller) {
    public static final int MAX_LIMIT = 100;

    public ListChatMessagesQuery {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(caller, "caller");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
