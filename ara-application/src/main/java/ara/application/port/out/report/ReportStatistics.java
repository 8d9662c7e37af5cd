package ara.application.port.out.report;

import ara.domain.report.ReportStatus;

import java.util.Map;

/** Outbound port: counts over every report job, for the admin statistics. Thread-safe. */
public interface ReportStatistics {

    /** How many reports are in each status (statuses without reports may be absent). */
    Map<ReportStatus, Long> countByStatus();
}
