package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.outbox.EventOutbox;
import ara.application.port.out.report.ReportRepository;
import ara.contract.OutboxContract;
import ara.domain.event.DomainEvent;

import java.util.List;

/** The in-memory outbox, fed by the in-memory audits and reports, against the outbox contract. */
class InMemoryEventOutboxTest extends OutboxContract {
    private static final InMemoryEventOutbox OUTBOX = new InMemoryEventOutbox();
    private static final InMemoryAuditRepository AUDITS = new InMemoryAuditRepository(new InMemoryChatRepository(),
            OUTBOX);
    private static final InMemoryReportRepository REPORTS = new InMemoryReportRepository(OUTBOX);

    @Override
    protected AuditRepository audits() {
        return AUDITS;
    }

    @Override
    protected ReportRepository reports() {
        return REPORTS;
    }

    @Override
    protected EventOutbox outbox() {
        return OUTBOX;
    }

    @Override
    protected void plant(DomainEvent event) {
        OUTBOX.append(List.of(event));
    }
}
