package ara.domain.report;

import ara.domain.audit.AuditId;
import ara.domain.report.ReportState.Cancelled;
import ara.domain.report.ReportState.Failed;
import ara.domain.report.ReportState.Leased;
import ara.domain.report.ReportState.Queued;
import ara.domain.report.ReportState.Ready;
import ara.domain.report.ReportState.Rendering;
import ara.domain.report.ReportState.Stored;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate: one report of an audit, from the request to the stored document: the template and options asked
 * for and where the job stands ({@link ReportState}: queued with its due time, rendering under a worker's lease,
 * stored with its document, ready, failed with the reason, or cancelled), with its attempts and last error.
 * Immutable: every change returns a new report with {@code version + 1}, so a repository can store a change guarded
 * by the version it started from. Thread-safe.
 *
 * <p>The job is durable: it is claimed by a worker under a {@link ReportLease}; a worker that dies leaves the lease
 * to lapse, and the next claim takes the job over (counting another attempt). Every step a worker takes checks
 * that it still holds the lease ({@link ReportLeaseLost} otherwise). Reads no clock: times are passed in.
 */
public final class Report {
    /** The longest error text kept (longer ones are cut). */
    public static final int ERROR_MAX = 500;

    private final ReportId id;
    private final AuditId auditId;
    private final ReportTemplate template;
    private final ReportOptions options;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final ReportState state;

    private Report(ReportSnapshot snapshot) {
        this.id = snapshot.id();
        this.auditId = snapshot.auditId();
        this.template = snapshot.template();
        this.options = snapshot.options();
        this.version = snapshot.version();
        this.createdAt = snapshot.createdAt();
        this.updatedAt = snapshot.updatedAt();
        this.state = snapshot.state();
    }

    /** A new job, queued and due at once. */
    public static Report request(ReportId id, AuditId auditId, ReportTemplate template, ReportOptions options,
                                 Instant now) {
        return new Report(new ReportSnapshot(id, auditId, template, options, 1, now, now,
                new Queued(0, Optional.empty(), now)));
    }

    /** Rebuilds a report from storage, as it was saved. */
    public static Report reload(ReportSnapshot snapshot) {
        return new Report(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** The report as storage keeps it ({@link #reload} gives it back). */
    public ReportSnapshot snapshot() {
        return new ReportSnapshot(id, auditId, template, options, version, createdAt, updatedAt, state);
    }

    private Report next(ReportState newState, Instant now) {
        return new Report(new ReportSnapshot(id, auditId, template, options, version + 1, createdAt, now, newState));
    }

    /**
     * When a worker may claim this job: a queued job when its next attempt is due; a rendering or stored job when
     * its lease lapses (its worker is presumed dead). Empty for a finished job.
     */
    public Optional<Instant> dueAt() {
        return switch (state) {
            case Queued queued -> Optional.of(queued.nextAttemptAt());
            case Leased leased -> Optional.of(leased.lease().until());
            default -> Optional.empty();
        };
    }

    public boolean isDueAt(Instant now) {
        return dueAt().filter(due -> !due.isAfter(now)).isPresent();
    }

    /**
     * A worker takes the job over for {@code leaseFor}. A queued job starts rendering (one more attempt); a job whose
     * worker's lease lapsed while rendering is rendered again (one more attempt), unless that was its last attempt,
     * which fails it; a job whose worker's lease lapsed after storing keeps its document and is only finished.
     *
     * @throws IllegalReportTransition when the job is not due at {@code now}
     */
    public Report claim(String worker, Instant now, Duration leaseFor, ReportRetryPolicy policy) {
        ReportLease.checkWorker(worker);
        Objects.requireNonNull(policy, "policy");
        if (!isDueAt(now)) {
            throw new IllegalReportTransition(id, status(), "be claimed before it is due");
        }
        ReportLease newLease = new ReportLease(worker, now.plus(leaseFor));
        ReportState claimed = switch (state) {
            case Queued queued -> new Rendering(queued.attempts() + 1, queued.lastError(), newLease);
            case Rendering rendering -> {
                int attempts = rendering.attempts();
                String lapsed = "attempt " + attempts + " did not finish: its worker stopped (lease expired)";
                yield policy.allowsAnotherAfter(attempts)
                        ? new Rendering(attempts + 1, Optional.of(lapsed), newLease)
                        : new Failed(attempts, gaveUp(attempts, lapsed));
            }
            case Stored stored -> stored.withLease(newLease);
            default -> throw new IllegalReportTransition(id, status(), "be claimed");
        };
        return next(claimed, now);
    }

    /**
     * The worker is still at work on the job (a long render or a slow store): its lease now runs {@code leaseFor}
     * from {@code now}, so that the job is not taken over while its worker lives. A lease that lapsed but was not
     * taken over yet is still this worker's to renew.
     *
     * @throws ReportLeaseLost unless the job is rendering or stored under this worker's lease
     */
    public Report renew(String worker, Instant now, Duration leaseFor) {
        Leased held = heldBy(worker, Leased.class);
        if (leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("a lease must last more than 0, got " + leaseFor);
        }
        return next(held.withLease(new ReportLease(worker, now.plus(leaseFor))), now);
    }

    /**
     * The worker stored the document: the job moves to {@code STORED} and records it.
     *
     * @throws ReportLeaseLost unless the job is rendering under this worker's lease
     */
    public Report stored(String worker, ReportFile stored, Instant now) {
        Rendering rendering = heldBy(worker, Rendering.class);
        Objects.requireNonNull(stored, "file");
        return next(new Stored(rendering.attempts(), rendering.lastError(), rendering.lease(), stored), now);
    }

    /**
     * The worker finished the job: the document can be downloaded.
     *
     * @throws ReportLeaseLost unless the job is stored under this worker's lease
     */
    public Report ready(String worker, Instant now) {
        Stored stored = heldBy(worker, Stored.class);
        return next(new Ready(stored.attempts(), stored.file()), now);
    }

    /**
     * An attempt failed for a reason that may pass (storage down, renderer trouble): the job is queued again after
     * the policy's back-off, or fails for good when that was its last attempt.
     *
     * @throws ReportLeaseLost unless the job is leased to this worker
     */
    public Report retryLater(String worker, String error, Instant now, ReportRetryPolicy policy) {
        int attempts = heldBy(worker, Leased.class).attempts();
        Objects.requireNonNull(error, "error");
        if (!policy.allowsAnotherAfter(attempts)) {
            return next(new Failed(attempts, gaveUp(attempts, error)), now);
        }
        return next(new Queued(attempts, Optional.of(error), now.plus(policy.delayAfter(attempts))), now);
    }

    /**
     * The job cannot succeed however often it is tried (e.g. its logo is not an image): it fails now.
     *
     * @throws ReportLeaseLost unless the job is leased to this worker
     */
    public Report fail(String worker, String reason, Instant now) {
        int attempts = heldBy(worker, Leased.class).attempts();
        return next(new Failed(attempts, Objects.requireNonNull(reason, "reason")), now);
    }

    /**
     * The worker stops before finishing (the application shuts down): the job is queued again at once and the
     * attempt does not count.
     *
     * @throws ReportLeaseLost unless the job is leased to this worker
     */
    public Report release(String worker, Instant now) {
        Leased held = heldBy(worker, Leased.class);
        return next(new Queued(Math.max(0, held.attempts() - 1), held.lastError(), now), now);
    }

    /**
     * The owner cancels the job; a worker still rendering it loses its lease. A stored job's document stays
     * recorded, so that it can be removed.
     *
     * @throws IllegalReportTransition when the job has finished (ready, failed or cancelled)
     */
    public Report cancel(Instant now) {
        ReportState cancelled = switch (state) {
            case Queued queued -> new Cancelled(queued.attempts(), queued.lastError(), Optional.empty());
            case Rendering rendering -> new Cancelled(rendering.attempts(), rendering.lastError(), Optional.empty());
            case Stored stored -> new Cancelled(stored.attempts(), stored.lastError(), Optional.of(stored.file()));
            default -> throw new IllegalReportTransition(id, status(), "be cancelled");
        };
        return next(cancelled, now);
    }

    /** The state, if it is an {@code expected} one held under this worker's lease. */
    private <S extends Leased> S heldBy(String worker, Class<S> expected) {
        if (expected.isInstance(state) && expected.cast(state).lease().heldBy(worker)) {
            return expected.cast(state);
        }
        throw new ReportLeaseLost(id, status(), worker);
    }

    private static String gaveUp(int attempts, String error) {
        return "gave up after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + error;
    }

    /** What identifies this report's content among the audit's reports (see {@link ReportOptions#fingerprint}). */
    public String fingerprint() {
        return options.fingerprint(template);
    }

    public boolean isActive() {
        return status().isActive();
    }

    public ReportId id() {
        return id;
    }

    public AuditId auditId() {
        return auditId;
    }

    public ReportTemplate template() {
        return template;
    }

    public ReportOptions options() {
        return options;
    }

    /** Where the job stands, with the data of that state. */
    public ReportState state() {
        return state;
    }

    public ReportStatus status() {
        return state.status();
    }

    /** How many attempts were started (a released one does not count). */
    public int attempts() {
        return state.attempts();
    }

    /** Why the last attempt failed (or why the job failed), if it did. */
    public Optional<String> lastError() {
        return state.lastError();
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When a queued job is due (empty unless queued). */
    public Optional<Instant> nextAttemptAt() {
        return state instanceof Queued queued ? Optional.of(queued.nextAttemptAt()) : Optional.empty();
    }

    /** The worker's lease (empty unless rendering or stored). */
    public Optional<ReportLease> lease() {
        return state instanceof Leased leased ? Optional.of(leased.lease()) : Optional.empty();
    }

    /** The stored document (present once stored; kept when a stored job is cancelled, so it can be removed). */
    public Optional<ReportFile> file() {
        return switch (state) {
            case Stored stored -> Optional.of(stored.file());
            case Ready ready -> Optional.of(ready.file());
            case Cancelled cancelled -> cancelled.file();
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return "Report[" + id + ", audit " + auditId + ", " + template.code() + ", " + status().code() + ", attempt "
                + attempts() + ", v" + version + "]";
    }
}
