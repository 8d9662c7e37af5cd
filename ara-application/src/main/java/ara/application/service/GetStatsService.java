package ara.application.service;

import ara.application.port.in.admin.GetStatsUseCase;
import ara.application.port.in.admin.StatsView;
import ara.application.port.out.AuditEvent;
import ara.application.port.out.AuditLog;
import ara.application.port.out.AuditStatistics;
import ara.domain.audit.AuditStatus;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Service: audits by status, the completion rate (submitted or further over all), guest audits, and guests
 * converted (claims in the audit log). Thread-safe.
 */
public final class GetStatsService implements GetStatsUseCase {
    private static final Set<AuditStatus> COMPLETED = EnumSet.of(AuditStatus.SUBMITTED, AuditStatus.SCORED,
            AuditStatus.REPORT_READY);

    private final AuditStatistics statistics;
    private final AuditLog log;

    public GetStatsService(AuditStatistics statistics, AuditLog log) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
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
        return new StatsView(byStatus, total, rate, statistics.guestAudits(),
                log.count("audit.claimed", AuditEvent.SUCCESS));
    }
}
