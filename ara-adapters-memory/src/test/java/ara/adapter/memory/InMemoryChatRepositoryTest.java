package ara.adapter.memory;

import ara.application.port.out.chat.ChatRepository;
import ara.contract.AuditSamples;
import ara.contract.ChatRepositoryContract;
import ara.domain.audit.AuditId;

/** The in-memory chat repository against the contract. */
class InMemoryChatRepositoryTest extends ChatRepositoryContract {
    private final InMemoryChatRepository repository = new InMemoryChatRepository();

    @Override
    protected ChatRepository repository() {
        return repository;
    }

    @Override
    protected AuditId newAudit() {
        return AuditSamples.newId();
    }
}
