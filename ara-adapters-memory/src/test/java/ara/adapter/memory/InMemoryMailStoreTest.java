package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.ResumeTokens;
import ara.contract.MailStoreContract;

/** The in-memory resume tokens and mail records against the mail store contract. */
class InMemoryMailStoreTest extends MailStoreContract {
    private final InMemoryAuditRepository audits = new InMemoryAuditRepository(new InMemoryChatRepository(),
            new InMemoryEventOutbox());
    private final InMemoryResumeTokens tokens = new InMemoryResumeTokens();
    private final InMemoryMailRecords records = new InMemoryMailRecords();

    @Override
    protected AuditRepository audits() {
        return audits;
    }

    @Override
    protected ResumeTokens resumeTokens() {
        return tokens;
    }

    @Override
    protected MailRecords mailRecords() {
        return records;
    }
}
