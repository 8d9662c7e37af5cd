package ara.adapter.persistence.jdbi;

import ara.application.port.out.report.ReportStatistics;
import ara.domain.report.ReportStatus;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Persistence adapter: report counts by an SQL aggregate over {@code reports}. Thread-safe. */
public final class JdbiReportStatistics implements ReportStatistics {
    private final Jdbi jdbi;

    public JdbiReportStatistics(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public Map<ReportStatus, Long> countByStatus() {
        try {
            Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
            jdbi.useHandle(handle -> handle.createQuery("SELECT status, COUNT(*) AS reports FROM reports GROUP BY status")
                    .map((rs, ctx) -> {
                        String code = rs.getString("status");
                        ReportStatus status = ReportStatus.fromCode(code).orElseThrow(() ->
                                new DatabaseFailure("unknown report status '" + code + "'", null));
                        return counts.put(status, rs.getLong("reports"));
                    })
                    .list());
            return counts;
        } catch (JdbiException e) {
            throw SqlFailures.translate("count reports by status", e);
        }
    }
}
