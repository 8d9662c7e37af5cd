package ara.application.port.in.chat;

/** Inbound port: an audit's chat history, newest first, page by page; the audit's owner only. */
public interface ListChatMessagesUseCase {
    /**
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit or the caller may not see it
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     */
    ChatHistoryView list(ListChatMessagesQuery query);
}
