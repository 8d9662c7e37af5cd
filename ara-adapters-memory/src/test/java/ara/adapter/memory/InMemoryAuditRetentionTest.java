package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.chat.ChatRepository;
import ara.contract.AuditRetentionContract;
import ara.domain.audit.AuditId;

/** Guest retention and statistics over the in-memory audits against the contract. */
class InMemoryAuditRetentionTest extends AuditRetentionContract {
    private final InMemoryChatRepository chats = new InMemoryChatRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository(chats, outbox);

    @Override
    protected AuditRepository repository() {
        return audits;
    }

    @Override
    protected AuditRetention retention() {
        return audits;
    }

    @Override
    protected AuditStatistics statistics() {
        return audits;
    }

    @Override
    protected ChatRepository chats() {
        return chats;
    }

    @Override
    protected long eventsAbout(AuditId audit) {
        return outbox.events().stream().filter(event -> event.audit().equals(audit)).count();
    }
}
