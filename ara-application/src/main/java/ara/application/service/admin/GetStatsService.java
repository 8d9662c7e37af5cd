package ara.application.service.admin;

import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.StatsView;
import ara.application.port.out.audit.AuditStatistics;
import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import ara.application.port.out.report.ReportStatistics;
import ara.domain.audit.AuditStatus;
import ara.domain.report.ReportStatus;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Service: audits by status, the completion rate (submitted or further over all), guest audits, guests converted
 * (claims in the audit log), reports by status and the report queue's depth (queued and rendering). Thread-safe.
 */
public final class GetStatsService implements GetStatsUseCase {
    private static final Set<AuditStatus> COMPLETED = EnumSet.of(AuditStatus.SUBMITTED, AuditStatus.SCORED,
            AuditStatus.REPORT_READY);

    private final AuditStatistics statistics;
    private final ReportStatistics reports;
    private final AuditLog log;

    public GetStatsService(AuditStatistics statistics, ReportStatistics reports, AuditLog log) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public StatsView stats() {
        Map<AuditStatus, Long> counts = statistics.countByStatus();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long total = 0;
        long completed = 0;
        for (AuditStatus status : AuditStatus.values()) {
            long count = counts.getOrDefault(status, 0L);
            byStatus.put(status.code(), count);
            total += count;
            completed += COMPLETED.contains(status) ? count : 0;
        }
        double rate = total == 0 ? 0 : (double) completed / total;
        Map<ReportStatus, Long> reportCounts = reports.countByStatus();
        Map<String, Long> reportsByStatus = new LinkedHashMap<>();
        for (ReportStatus status : ReportStatus.values()) {
            reportsByStatus.put(status.code(), reportCounts.getOrDefault(status, 0L));
        }
        long queueDepth = reportCounts.getOrDefault(ReportStatus.QUEUED, 0L)
                + reportCounts.getOrDefault(ReportStatus.RENDERING, 0L);
        return new StatsView(byStatus, total, rate, statistics.guestAudits(),
                log.count("audit.claimed", AuditEvent.SUCCESS), reportsByStatus, queueDepth);
    }
}
