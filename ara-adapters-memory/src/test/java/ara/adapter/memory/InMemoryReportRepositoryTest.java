package ara.adapter.memory;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.application.port.out.report.ReportRetention;
import ara.contract.ReportRepositoryContract;

/** The in-memory reports against the report repository and job queue contract. */
class InMemoryReportRepositoryTest extends ReportRepositoryContract {
    private static final InMemoryReportRepository REPORTS = new InMemoryReportRepository();
    private static final InMemoryAuditRepository AUDITS = new InMemoryAuditRepository();

    @Override
    protected ReportRepository reports() {
        return REPORTS;
    }

    @Override
    protected ReportJobQueue queue() {
        return REPORTS;
    }

    @Override
    protected AuditRepository audits() {
        return AUDITS;
    }

    @Override
    protected ReportRetention retention() {
        return REPORTS;
    }
}
