package ara.adapter.persistence.jdbi;

import ara.application.port.out.audit.AuditRetention;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Persistence adapter: guest retention in SQL. Deleting an {@code audits} row removes what references it by
 * {@code ON DELETE CASCADE} (answers, results, report rows, uploads, chat messages); an erased audit's outbox events are
 * deleted with it. Thread-safe.
 */
public final class JdbiAuditRetention implements AuditRetention {
    /** Guest audits (no owner) changed at or before the cut-off that applies to them (with or without an email). */
    private static final String EXPIRED = "owner_id IS NULL AND ((guest_email_sealed IS NULL AND updated_at <= :cutoff)"
            + " OR (guest_email_sealed IS NOT NULL AND updated_at <= :cutoffWithEmail))";

    private final Jdbi jdbi;

    public JdbiAuditRetention(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public List<AuditId> expiredGuestAudits(GuestRetention rule, Instant now, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        try {
            return jdbi.withHandle(handle -> cutoffs(handle.createQuery("SELECT id FROM audits WHERE " + EXPIRED
                            + " ORDER BY updated_at, id LIMIT :limit"), rule, now)
                    .bind("limit", limit)
                    .map((rs, ctx) -> AuditId.parse(rs.getString("id")))
                    .list());
        } catch (JdbiException e) {
            throw SqlFailures.translate("list expired guest audits", e);
        }
    }

    @Override
    public boolean deleteIfExpired(AuditId id, GuestRetention rule, Instant now) {
        Objects.requireNonNull(id, "id");
        try {
            return jdbi.withHandle(handle -> cutoffs(handle.createUpdate("DELETE FROM audits WHERE id = :id AND "
                    + EXPIRED), rule, now).bind("id", id.toString()).execute()) == 1;
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete expired guest audit " + id, e);
        }
    }

    @Override
    public boolean delete(AuditId id) {
        Objects.requireNonNull(id, "id");
        // One transaction: the events go with the audit (no foreign key links them), their attempts by cascade.
        return Transactions.write(jdbi, "delete audit " + id, handle -> {
            handle.createUpdate("DELETE FROM outbox_events WHERE audit_id = :id").bind("id", id.toString()).execute();
            return handle.createUpdate("DELETE FROM audits WHERE id = :id").bind("id", id.toString()).execute() == 1;
        });
    }

    private static <S extends SqlStatement<S>> S cutoffs(S statement, GuestRetention rule, Instant now) {
        return statement.bind("cutoff", AuditTables.dateTime(rule.cutoffWithoutEmail(now)))
                .bind("cutoffWithEmail", AuditTables.dateTime(rule.cutoffWithEmail(now)));
    }
}
