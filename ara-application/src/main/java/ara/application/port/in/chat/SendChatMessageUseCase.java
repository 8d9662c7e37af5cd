package ara.application.port.in.chat;

import java.util.function.Consumer;

/** Inbound port: answers a chat message about an audit, streaming the reply; the audit's owner only. */
public interface SendChatMessageUseCase {
    /**
     * Checks access first (nothing reaches {@code events} before), then streams the reply's events and stores the
     * message and the reply. Never fails because a language model does: the offline assistant answers instead.
     *
     * @throws ara.domain.audit.AuditNotFound             when there is no such audit or the caller may not see it
     * @throws ara.domain.identity.AuthenticationRequired when the caller presented no identity
     * @throws ChatStepRejected                           when the step is not one of the audit's questionnaire
     */
    ChatReplyView send(SendChatMessageCommand command, Consumer<ChatEventView> events);
}
