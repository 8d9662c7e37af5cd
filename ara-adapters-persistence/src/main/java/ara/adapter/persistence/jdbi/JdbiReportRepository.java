package ara.adapter.persistence.jdbi;

import ara.application.port.out.report.ReportChanges;
import ara.application.port.out.report.ReportJobQueue;
import ara.application.port.out.report.ReportRepository;
import ara.domain.audit.AuditId;
import ara.domain.event.ReportEvents;
import ara.domain.report.Report;
import ara.domain.report.ReportId;
import ara.domain.report.ReportNotFound;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Persistence adapter: reports and their job queue in MySQL, MariaDB or H2 (MySQL mode) through JDBI. Thread-safe.
 *
 * <p>Every change is one {@code READ COMMITTED} transaction that locks the report's row ({@code SELECT … FOR
 * UPDATE}), applies the change and writes the row guarded by its old version. A claim reads the ids of the jobs
 * due longest from the {@code due_at} index, then locks the first of them no other transaction holds ({@code SELECT
 * … WHERE id = ? AND due_at <= now FOR UPDATE SKIP LOCKED}), so concurrent claimers in any number of processes each
 * get a different job and never wait for one another; when all of the first {@value #CANDIDATES} are held, the
 * claim finds none and the worker polls again. De-duplication rests on the unique key
 * {@code (audit_id, active_fingerprint)}: the fingerprint is set only while the job is active. The events of a change
 * ({@link ReportEvents}: ready, failed) go into {@code outbox_events} in the same transaction. A transaction that
 * loses a deadlock or lock wait is rolled back and run again (at most {@value #ATTEMPTS} times).
 */
public final class JdbiReportRepository implements ReportRepository, ReportJobQueue {
    private static final int ATTEMPTS = Transactions.ATTEMPTS;
    /** How many due jobs a claim tries to lock before it reports none (the rest are held by other claimers). */
    private static final int CANDIDATES = 16;

    private final Jdbi jdbi;

    public JdbiReportRepository(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public Report createUnlessActive(Report report) {
        Report stored = ReportChanges.storable(report);
        for (int attempt = 1; ; attempt++) {
            try {
                jdbi.useTransaction(handle -> ReportTables.insert(handle, stored));
                return stored;
            } catch (JdbiException e) {
                if (!SqlFailures.isDuplicateKey(e)) {
                    throw SqlFailures.translate("create report " + stored.id(), e);
                }
                Optional<Report> active = findActive(stored.auditId(), stored.fingerprint());
                if (active.isPresent()) {
                    return active.get();
                }
                if (find(stored.id()).isPresent()) {
                    throw new IllegalStateException("report " + stored.id() + " already exists", e);
                }
                // The active duplicate finished between the insert and the look-up: insert again.
                if (attempt == ATTEMPTS) {
                    throw SqlFailures.translate("create report " + stored.id(), e);
                }
            }
        }
    }

    @Override
    public Optional<Report> find(ReportId id) {
        Objects.requireNonNull(id, "id");
        return read("find report " + id, handle -> ReportTables.select(handle, id, false));
    }

    @Override
    public List<Report> findByAudit(AuditId audit) {
        Objects.requireNonNull(audit, "audit");
        return read("list the reports of audit " + audit, handle -> ReportTables.selectByAudit(handle, audit));
    }

    @Override
    public Optional<Report> findActive(AuditId audit, String fingerprint) {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(fingerprint, "fingerprint");
        return read("find the active report of audit " + audit,
                handle -> ReportTables.selectActive(handle, audit, fingerprint));
    }

    @Override
    public Report update(ReportId id, UnaryOperator<Report> change) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        return write("update report " + id, handle -> {
            Report current = ReportTables.select(handle, id, true).orElseThrow(() -> new ReportNotFound(id));
            return store(handle, current, change);
        });
    }

    @Override
    public boolean delete(ReportId id) {
        Objects.requireNonNull(id, "id");
        return write("delete report " + id, handle -> ReportTables.delete(handle, id));
    }

    @Override
    public Optional<Report> claimNext(Instant now, UnaryOperator<Report> claim) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(claim, "claim");
        return write("claim a due report job", handle -> {
            for (ReportId candidate : ReportTables.selectDue(handle, now, CANDIDATES)) {
                Optional<Report> due = ReportTables.lockIfDue(handle, candidate, now);
                if (due.isPresent()) {
                    return Optional.of(store(handle, due.get(), claim));
                }
            }
            return Optional.<Report>empty();
        });
    }

    private static Report store(Handle handle, Report current, UnaryOperator<Report> change) {
        Report changed = ReportChanges.apply(current, change);
        if (changed != current) {
            ReportTables.update(handle, changed, current.version());
            OutboxTables.append(handle, ReportEvents.changed(current, changed));
        }
        return changed;
    }

    /** One locking transaction, run again after a lost deadlock or lock wait. */
    private <R> R write(String request, HandleCallback<R, RuntimeException> work) {
        return Transactions.write(jdbi, request, work);
    }

    private <R> R read(String request, HandleCallback<R, RuntimeException> reads) {
        return Transactions.read(jdbi, request, reads);
    }
}
