package ara.application.service.chat;

import ara.application.port.in.chat.ChatHistoryView;
import ara.application.port.in.chat.ListChatMessagesQuery;
import ara.application.port.in.chat.ListChatMessagesUseCase;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.chat.ChatRepository;
import ara.application.service.identity.AccessGuard;
import ara.domain.audit.AuditNotFound;
import ara.domain.chat.ChatMessage;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Service: one page of an audit's chat, newest first, for its owner or an admin. Thread-safe. */
public final class ListChatMessagesService implements ListChatMessagesUseCase {
    private final AuditRepository audits;
    private final ChatRepository chats;
    private final AccessGuard guard;

    public ListChatMessagesService(AuditRepository audits, ChatRepository chats, AuditLog log, Clock clock) {
        this.audits = Objects.requireNonNull(audits, "audits");
        this.chats = Objects.requireNonNull(chats, "chats");
        this.guard = new AccessGuard(Objects.requireNonNull(log, "log"), Objects.requireNonNull(clock, "clock"));
    }

    @Override
    public ChatHistoryView list(ListChatMessagesQuery query) {
        guard.requireIdentity(query.caller(), query.audit());
        guard.check(audits.find(query.audit()).orElseThrow(() -> new AuditNotFound(query.audit())), query.caller());
        List<ChatMessage> page = chats.page(query.audit(), query.before(), query.limit() + 1);
        boolean more = page.size() > query.limit();
        return new ChatHistoryView(more ? page.subList(0, query.limit()) : page, more);
    }
}
