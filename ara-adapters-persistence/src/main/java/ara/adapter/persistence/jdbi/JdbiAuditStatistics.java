package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditStatistics;
import ara.domain.audit.AuditStatus;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Persistence adapter: audit counts by SQL aggregates. Thread-safe. */
public final class JdbiAuditStatistics implements AuditStatistics {
    private final Jdbi jdbi;

    public JdbiAuditStatistics(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public Map<AuditStatus, Long> countByStatus() {
        try {
            Map<AuditStatus, Long> counts = new EnumMap<>(AuditStatus.class);
            jdbi.useHandle(handle -> handle.createQuery("SELECT status, COUNT(*) AS audits FROM audits GROUP BY status")
                    .map((rs, ctx) -> counts.put(AuditStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                            rs.getLong("audits")))
                    .list());
            return counts;
        } catch (JdbiException e) {
            throw SqlFailures.translate("count audits by status", e);
        }
    }

    @Override
    public long guestAudits() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM audits WHERE owner_id IS NULL")
                    .mapTo(Long.class).one());
        } catch (JdbiException e) {
            throw SqlFailures.translate("count guest audits", e);
        }
    }
}
