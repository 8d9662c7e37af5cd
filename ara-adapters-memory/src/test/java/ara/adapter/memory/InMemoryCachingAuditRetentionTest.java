package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.chat.ChatRepository;
import ara.application.service.audit.CachingAuditRepository;
import ara.contract.AuditRetentionContract;
import ara.domain.audit.AuditId;

/**
 * Guest retention through the progress cache, in process: the contract with every read going through the caching
 * repository, so an audit the retention deletes must also have left the cache (create and update fill it).
 */
class InMemoryCachingAuditRetentionTest extends AuditRetentionContract {
    private final InMemoryChatRepository chats = new InMemoryChatRepository();
    private final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    private final InMemoryAuditRepository store = new InMemoryAuditRepository(chats, outbox);
    private final CachingAuditRepository caching = new CachingAuditRepository(store, new InMemoryProgressCache());
    private final AuditRetention retention = caching.retention(store);

    @Override
    protected AuditRepository repository() {
        return caching;
    }

    @Override
    protected AuditRetention retention() {
        return retention;
    }

    @Override
    protected AuditStatistics statistics() {
        return store;
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
