package ara.adapter.persistence.jdbi;

import ara.application.port.out.report.ReportRetention;
import ara.domain.report.Report;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Persistence adapter: finished reports past their retention, from {@code reports}. Thread-safe. */
public final class JdbiReportRetention implements ReportRetention {
    private final Jdbi jdbi;

    public JdbiReportRetention(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public List<Report> finishedUntil(Instant cutoff, int limit) {
        Objects.requireNonNull(cutoff, "cutoff");
        try {
            return jdbi.withHandle(handle -> ReportTables.selectFinishedUntil(handle, cutoff, limit));
        } catch (JdbiException e) {
            throw SqlFailures.translate("list expired reports", e);
        }
    }
}
