package ara.adapter.persistence.jdbi;

import ara.application.port.out.auditlog.AuditEvent;
import ara.application.port.out.auditlog.AuditLog;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Persistence adapter: the audit log in the {@code audit_log} table, append-only: events are inserted and read,
 * and deleted only by age (retention, in batches of {@value #DELETE_BATCH} so no statement holds many locks).
 * Thread-safe.
 */
public final class JdbiAuditLog implements AuditLog {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    private static final int TEXT_MAX = 300;
    private static final int DELETE_BATCH = 1_000;

    private final Jdbi jdbi;

    public JdbiAuditLog(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO audit_log (at, actor, action, target, outcome,"
                            + " request_id, client_ip, event_count) VALUES (:at, :actor, :action, :target, :outcome,"
                            + " :requestId, :clientIp, :count)")
                    .bind("at", DATE_TIME.format(LocalDateTime.ofInstant(event.at(), ZoneOffset.UTC)))
                    .bind("actor", cut(event.actor(), TEXT_MAX))
                    .bind("action", cut(event.action(), 64))
                    .bind("target", cut(event.target(), 100))
                    .bind("outcome", cut(event.outcome(), 64))
                    .bind("requestId", cut(event.requestId(), 64))
                    .bind("clientIp", cut(event.clientIp(), 64))
                    .bind("count", (int) Math.min(event.count(), Integer.MAX_VALUE))
                    .execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("record an audit-log event", e);
        }
    }

    @Override
    public List<AuditEvent> latest(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, got " + limit);
        }
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT at, actor, action, target, outcome, request_id,"
                            + " client_ip, event_count FROM audit_log ORDER BY id DESC LIMIT :limit")
                    .bind("limit", limit)
                    .map((rs, ctx) -> event(rs))
                    .list());
        } catch (JdbiException e) {
            throw SqlFailures.translate("read the audit log", e);
        }
    }

    @Override
    public long countUntil(Instant cutoff) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM audit_log WHERE at <= :cutoff")
                    .bind("cutoff", AuditTables.dateTime(cutoff)).mapTo(Long.class).one());
        } catch (JdbiException e) {
            throw SqlFailures.translate("count old audit-log events", e);
        }
    }

    @Override
    public long pseudonymize(String actor, String pseudonym) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pseudonym, "pseudonym");
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("UPDATE audit_log SET actor = :pseudonym,"
                    + " client_ip = NULL WHERE actor = :actor").bind("actor", actor).bind("pseudonym", pseudonym)
                    .execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("pseudonymize an actor in the audit log", e);
        }
    }

    @Override
    public long deleteUntil(Instant cutoff) {
        long deleted = 0;
        try {
            while (true) {
                // H2 refuses DELETE … LIMIT: select one batch of ids, delete those.
                List<Long> ids = jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM audit_log"
                                + " WHERE at <= :cutoff ORDER BY id LIMIT :batch")
                        .bind("cutoff", AuditTables.dateTime(cutoff)).bind("batch", DELETE_BATCH)
                        .mapTo(Long.class).list());
                if (ids.isEmpty()) {
                    return deleted;
                }
                deleted += jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM audit_log WHERE id IN (<ids>)")
                        .bindList("ids", ids).execute());
            }
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete old audit-log events", e);
        }
    }

    @Override
    public long count(String action, String outcome) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COALESCE(SUM(event_count), 0) FROM audit_log"
                            + " WHERE action = :action AND outcome = :outcome")
                    .bind("action", action).bind("outcome", outcome).mapTo(Long.class).one());
        } catch (JdbiException e) {
            throw SqlFailures.translate("count audit-log events", e);
        }
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("outcome"), rs.getString("request_id"),
                rs.getString("client_ip"), rs.getLong("event_count"));
    }

    /** Values come from requests (headers): bounded so that a long one cannot fail the insert. */
    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
