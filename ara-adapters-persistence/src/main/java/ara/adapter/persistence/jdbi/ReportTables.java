package ara.adapter.persistence.jdbi;

import ara.domain.audit.AuditId;
import ara.domain.report.BrandColour;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportLease;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportSnapshot;
import ara.domain.report.ReportState;
import ara.domain.report.ReportStatus;
import ara.domain.report.ReportTemplate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of the {@code reports} table and the mapping of its rows; every statement runs on the caller's handle
 * (and transaction). Stateless.
 */
final class ReportTables {
    private static final String COLUMNS = "id, audit_id, template, organization_name, brand_colour, logo_key,"
            + " fingerprint, active_fingerprint, status, attempts, last_error, version, created_at, updated_at,"
            + " next_attempt_at, claimed_by, lease_until, due_at, storage_key, object_size, object_sha256,"
            + " content_type";

    private ReportTables() {
    }

    static void insert(Handle handle, Report report) {
        bind(handle.createUpdate("INSERT INTO reports (" + COLUMNS + ") VALUES (:id, :audit, :template,"
                + " :organizationName, :brandColour, :logoKey, :fingerprint, :activeFingerprint, :status, :attempts,"
                + " :lastError, :version, :createdAt, :updatedAt, :nextAttemptAt, :claimedBy, :leaseUntil, :dueAt,"
                + " :storageKey, :objectSize, :objectSha256, :contentType)"), report).execute();
    }

    /**
     * Stores the changed report, if it is still at {@code expectedVersion}.
     *
     * @throws IllegalStateException when it is not (the row lock makes that a bug, not a race)
     */
    static void update(Handle handle, Report report, long expectedVersion) {
        int rows = bind(handle.createUpdate("UPDATE reports SET template = :template,"
                + " organization_name = :organizationName, brand_colour = :brandColour, logo_key = :logoKey,"
                + " fingerprint = :fingerprint, active_fingerprint = :activeFingerprint, status = :status,"
                + " attempts = :attempts, last_error = :lastError, version = :version, created_at = :createdAt,"
                + " updated_at = :updatedAt, next_attempt_at = :nextAttemptAt, claimed_by = :claimedBy,"
                + " lease_until = :leaseUntil, due_at = :dueAt, storage_key = :storageKey,"
                + " object_size = :objectSize, object_sha256 = :objectSha256, content_type = :contentType"
                + " WHERE id = :id AND audit_id = :audit AND version = :expectedVersion"), report)
                .bind("expectedVersion", expectedVersion)
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("report " + report.id() + " was not at version " + expectedVersion
                    + " although it was locked (" + rows + " rows matched)");
        }
    }

    private static Update bind(Update statement, Report report) {
        ReportOptions options = report.options();
        Optional<ReportLease> lease = report.lease();
        Optional<ReportFile> file = report.file();
        return statement
                .bind("id", report.id().toString())
                .bind("audit", report.auditId().toString())
                .bind("template", report.template().code())
                .bind("organizationName", options.organizationNameOverride().orElse(null))
                .bind("brandColour", options.colour().map(BrandColour::hex).orElse(null))
                .bind("logoKey", options.logo().orElse(null))
                .bind("fingerprint", report.fingerprint())
                .bind("activeFingerprint", report.isActive() ? report.fingerprint() : null)
                .bind("status", report.status().code())
                .bind("attempts", report.attempts())
                .bind("lastError", report.lastError().orElse(null))
                .bind("version", report.version())
                .bind("createdAt", SqlInstants.argument(report.createdAt()))
                .bind("updatedAt", SqlInstants.argument(report.updatedAt()))
                .bind("nextAttemptAt", SqlInstants.argument(report.nextAttemptAt().orElse(null)))
                .bind("claimedBy", lease.map(ReportLease::worker).orElse(null))
                .bind("leaseUntil", SqlInstants.argument(lease.map(ReportLease::until).orElse(null)))
                .bind("dueAt", SqlInstants.argument(report.dueAt().orElse(null)))
                .bind("storageKey", file.map(ReportFile::key).orElse(null))
                .bind("objectSize", file.map(ReportFile::size).orElse(null))
                .bind("objectSha256", file.map(ReportFile::sha256).orElse(null))
                .bind("contentType", file.map(ReportFile::contentType).orElse(null));
    }

    static Optional<Report> select(Handle handle, ReportId id, boolean forUpdate) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM reports WHERE id = :id" + (forUpdate ? " FOR UPDATE" : ""))
                .bind("id", id.toString())
                .map((rs, ctx) -> report(rs))
                .findOne();
    }

    static List<Report> selectByAudit(Handle handle, AuditId audit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM reports WHERE audit_id = :audit"
                        + " ORDER BY created_at DESC, id ASC")
                .bind("audit", audit.toString())
                .map((rs, ctx) -> report(rs))
                .list();
    }

    static Optional<Report> selectActive(Handle handle, AuditId audit, String fingerprint) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM reports WHERE audit_id = :audit"
                        + " AND active_fingerprint = :fingerprint")
                .bind("audit", audit.toString())
                .bind("fingerprint", fingerprint)
                .map((rs, ctx) -> report(rs))
                .findOne();
    }

    /** Finished reports (ready, failed, cancelled) last changed at or before {@code cutoff}, oldest first. */
    static List<Report> selectFinishedUntil(Handle handle, Instant cutoff, int limit) {
        return finishedUntil(handle, "SELECT " + COLUMNS, cutoff, limit).map((rs, ctx) -> report(rs)).list();
    }

    /**
     * The report clean-up's query, after {@code select} (e.g. {@code EXPLAIN SELECT …} in tests): it reads the
     * {@code idx_reports_updated} index (V7) in its order, so it stops after {@code limit} rows without a sort.
     */
    static Query finishedUntil(Handle handle, String select, Instant cutoff, int limit) {
        return handle.createQuery(select + " FROM reports WHERE status IN (<finished>)"
                        + " AND updated_at <= :cutoff ORDER BY updated_at, id LIMIT :limit")
                .bindList("finished", List.of(ReportStatus.READY.code(), ReportStatus.FAILED.code(),
                        ReportStatus.CANCELLED.code()))
                .bind("cutoff", SqlInstants.argument(cutoff))
                .bind("limit", limit);
    }

    /**
     * The ids of up to {@code limit} jobs due at {@code now}, the longest due first, read without locks from the
     * {@code due_at} index (InnoDB's secondary index carries the id, so the order costs no sort).
     */
    static List<ReportId> selectDue(Handle handle, Instant now, int limit) {
        return handle.createQuery("SELECT id FROM reports WHERE due_at <= :now ORDER BY due_at, id LIMIT :limit")
                .bind("now", SqlInstants.argument(now))
                .bind("limit", limit)
                .map((rs, ctx) -> ReportId.parse(rs.getString("id")))
                .list();
    }

    /**
     * The job, locked, if it is still due at {@code now} and no other transaction holds its row: a locked row is
     * skipped ({@code SKIP LOCKED}), never waited for. A primary-key look-up, so MySQL, MariaDB and H2 all skip
     * exactly that row (H2 applies a {@code LIMIT} before skipping, so "the first unlocked due row" in one query would
     * find nothing there while another claimer holds the first).
     */
    static Optional<Report> lockIfDue(Handle handle, ReportId id, Instant now) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM reports WHERE id = :id AND due_at <= :now"
                        + " FOR UPDATE SKIP LOCKED")
                .bind("id", id.toString())
                .bind("now", SqlInstants.argument(now))
                .map((rs, ctx) -> report(rs))
                .findOne();
    }

    static boolean delete(Handle handle, ReportId id) {
        return handle.createUpdate("DELETE FROM reports WHERE id = :id").bind("id", id.toString()).execute() == 1;
    }

    private static Report report(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        try {
            String worker = rs.getString("claimed_by");
            Instant leaseUntil = SqlInstants.read(rs, "lease_until");
            String storageKey = rs.getString("storage_key");
            String colour = rs.getString("brand_colour");
            ReportFile file = storageKey == null ? null : new ReportFile(storageKey, rs.getLong("object_size"),
                    rs.getString("object_sha256"), rs.getString("content_type"));
            ReportState state = state(status(rs.getString("status")), rs.getInt("attempts"),
                    Optional.ofNullable(rs.getString("last_error")), SqlInstants.read(rs, "next_attempt_at"),
                    worker == null || leaseUntil == null ? null : new ReportLease(worker, leaseUntil), file);
            return Report.reload(new ReportSnapshot(ReportId.parse(id), AuditId.parse(rs.getString("audit_id")),
                    template(rs.getString("template")),
                    new ReportOptions(rs.getString("organization_name"), colour == null ? null : BrandColour.of(colour),
                            rs.getString("logo_key")),
                    rs.getLong("version"), SqlInstants.read(rs, "created_at"), SqlInstants.read(rs, "updated_at"),
                    state));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DatabaseFailure("report " + id + " is stored in a form this version cannot read: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The state a row's columns describe; a column the status does not use is ignored (the store writes it empty),
     * one it needs but lacks is refused by the state.
     */
    private static ReportState state(ReportStatus status, int attempts, Optional<String> lastError,
                                     Instant nextAttemptAt, ReportLease lease, ReportFile file) {
        return switch (status) {
            case QUEUED -> new ReportState.Queued(attempts, lastError, nextAttemptAt);
            case RENDERING -> new ReportState.Rendering(attempts, lastError, lease);
            case STORED -> new ReportState.Stored(attempts, lastError, lease, file);
            case READY -> new ReportState.Ready(attempts, file);
            case FAILED -> new ReportState.Failed(attempts, lastError.orElse(null));
            case CANCELLED -> new ReportState.Cancelled(attempts, lastError, Optional.ofNullable(file));
        };
    }

    private static ReportTemplate template(String code) {
        return ReportTemplate.fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown template '"
                + code + "'"));
    }

    private static ReportStatus status(String code) {
        return ReportStatus.fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown status '"
                + code + "'"));
    }
}
