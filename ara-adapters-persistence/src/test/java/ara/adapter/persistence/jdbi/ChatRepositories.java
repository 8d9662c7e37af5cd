package ara.adapter.persistence.jdbi;

import ara.contract.AuditSamples;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.chat.ChatMessage;
import ara.domain.chat.ChatMessageId;
import ara.domain.chat.ChatRole;

import java.util.List;
import java.util.UUID;

/** Audits for the chat repository tests to attach messages to (the table refers to audits). */
final class ChatRepositories {
    private ChatRepositories() {
    }

    static AuditId storedAudit(JdbiAuditRepository audits) {
        Audit audit = AuditSamples.draft(AuditSamples.newOwner(), AuditSamples.T0);
        return audits.create(audit).id();
    }

    static ChatMessage userMessage(AuditId audit, String content) {
        return new ChatMessage(new ChatMessageId(UUID.randomUUID()), audit, ChatRole.USER, content, null, null,
                List.of(), AuditSamples.T0, null);
    }
}
