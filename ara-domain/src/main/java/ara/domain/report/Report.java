package ara.domain.report;

import ara.domain.audit.AuditId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate: one report of an audit, from the request to the stored document: the template and options asked
 * for, the job's status ({@link ReportStatus}), its attempts and last error, the lease of the worker rendering it
 * and, once stored, the document's key, size and SHA-256. Immutable: every change returns a new report with
 * {@code version + 1}, so a repository can store a change guarded by the version it started from. Thread-safe.
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
    private final ReportStatus status;
    private final int attempts;
    private final String lastError;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant nextAttemptAt;
    private final ReportLease lease;
    private final ReportFile file;

    private Report(ReportId id, AuditId auditId, ReportTemplate template, ReportOptions options, ReportStatus status,
                   int attempts, String lastError, long version, Instant createdAt, Instant updatedAt,
                   Instant nextAttemptAt, ReportLease lease, ReportFile file) {
        this.id = Objects.requireNonNull(id, "id");
        this.auditId = Objects.requireNonNull(auditId, "auditId");
        this.template = Objects.requireNonNull(template, "template");
        this.options = Objects.requireNonNull(options, "options");
        this.status = Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be at least 0, got " + attempts);
        }
        this.attempts = attempts;
        this.lastError = cut(lastError);
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (status == ReportStatus.QUEUED && nextAttemptAt == null) {
            throw new IllegalArgumentException("a queued report needs the time of its next attempt");
        }
        if (status.isLeased() && lease == null) {
            throw new IllegalArgumentException("a " + status.code() + " report needs a lease");
        }
        if ((status == ReportStatus.STORED || status == ReportStatus.READY) && file == null) {
            throw new IllegalArgumentException("a " + status.code() + " report needs its stored file");
        }
        this.nextAttemptAt = status == ReportStatus.QUEUED ? nextAttemptAt : null;
        this.lease = status.isLeased() ? lease : null;
        this.file = file;
    }

    /** A new job, queued and due at once. */
    public static Report request(ReportId id, AuditId auditId, ReportTemplate template, ReportOptions options,
                                 Instant now) {
        return new Report(id, auditId, template, options, ReportStatus.QUEUED, 0, null, 1, now, now, now, null, null);
    }

    /**
     * Rebuilds a report from storage, as it was saved.
     *
     * @param nextAttemptAt when a queued job is due ({@code null} unless queued)
     * @param lease         the worker's lease ({@code null} unless rendering or stored)
     * @param file          the stored document ({@code null} until stored)
     */
    public static Report restore(ReportId id, AuditId auditId, ReportTemplate template, ReportOptions options,
                                 ReportStatus status, int attempts, String lastError, long version,
                                 Instant createdAt, Instant updatedAt, Instant nextAttemptAt, ReportLease lease,
                                 ReportFile file) {
        return new Report(id, auditId, template, options, status, attempts, lastError, version, createdAt, updatedAt,
                nextAttemptAt, lease, file);
    }

    private Report next(ReportStatus newStatus, int newAttempts, String error, Instant now, Instant nextAttempt,
                        ReportLease newLease, ReportFile newFile) {
        return new Report(id, auditId, template, options, newStatus, newAttempts, error, version + 1, createdAt, now,
                nextAttempt, newLease, newFile);
    }

    /**
     * When a worker may claim this job: a queued job when its next attempt is due; a rendering or stored job when
     * its lease lapses (its worker is presumed dead). Empty for a finished job.
     */
    public Optional<Instant> dueAt() {
        if (status == ReportStatus.QUEUED) {
            return Optional.of(nextAttemptAt);
        }
        return status.isLeased() ? Optional.of(lease.until()) : Optional.empty();
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
            throw new IllegalReportTransition(id, status, "be claimed before it is due");
        }
        ReportLease newLease = new ReportLease(worker, now.plus(leaseFor));
        return switch (status) {
            case QUEUED -> next(ReportStatus.RENDERING, attempts + 1, lastError, now, null, newLease, null);
            case RENDERING -> {
                String lapsed = "attempt " + attempts + " did not finish: its worker stopped (lease expired)";
                yield policy.allowsAnotherAfter(attempts)
                        ? next(ReportStatus.RENDERING, attempts + 1, lapsed, now, null, newLease, null)
                        : next(ReportStatus.FAILED, attempts, gaveUp(lapsed), now, null, null, null);
            }
            case STORED -> next(ReportStatus.STORED, attempts, lastError, now, null, newLease, file);
            default -> throw new IllegalReportTransition(id, status, "be claimed");
        };
    }

    /**
     * The worker is still at work on the job (a long render or a slow store): its lease now runs {@code leaseFor}
     * from {@code now}, so that the job is not taken over while its worker lives. A lease that lapsed but was not
     * taken over yet is still this worker's to renew.
     *
     * @throws ReportLeaseLost unless the job is rendering or stored under this worker's lease
     */
    public Report renew(String worker, Instant now, Duration leaseFor) {
        requireHeld(worker, status.isLeased() ? status : ReportStatus.RENDERING);
        if (leaseFor.isNegative() || leaseFor.isZero()) {
            throw new IllegalArgumentException("a lease must last more than 0, got " + leaseFor);
        }
        return next(status, attempts, lastError, now, null, new ReportLease(worker, now.plus(leaseFor)), file);
    }

    /**
     * The worker stored the document: the job moves to {@code STORED} and records it.
     *
     * @throws ReportLeaseLost unless the job is rendering under this worker's lease
     */
    public Report stored(String worker, ReportFile stored, Instant now) {
        requireHeld(worker, ReportStatus.RENDERING);
        return next(ReportStatus.STORED, attempts, lastError, now, null, lease, Objects.requireNonNull(stored, "file"));
    }

    /**
     * The worker finished the job: the document can be downloaded.
     *
     * @throws ReportLeaseLost unless the job is stored under this worker's lease
     */
    public Report ready(String worker, Instant now) {
        requireHeld(worker, ReportStatus.STORED);
        return next(ReportStatus.READY, attempts, null, now, null, null, file);
    }

    /**
     * An attempt failed for a reason that may pass (storage down, renderer trouble): the job is queued again after
     * the policy's back-off, or fails for good when that was its last attempt.
     *
     * @throws ReportLeaseLost unless the job is leased to this worker
     */
    public Report retryLater(String worker, String error, Instant now, ReportRetryPolicy policy) {
        requireHeld(worker, status.isLeased() ? status : ReportStatus.RENDERING);
        Objects.requireNonNull(error, "error");
        if (!policy.allowsAnotherAfter(attempts)) {
            return next(ReportStatus.FAILED, attempts, gaveUp(error), now, null, null, null);
        }
        return next(ReportStatus.QUEUED, attempts, error, now, now.plus(policy.delayAfter(attempts)), null, null);
    }

    /**
     * The job cannot succeed however often it is tried (e.g. its logo is not an image): it fails now.
     *
     * @throws ReportLeaseLost unless the job is leased to this worker
     */
    public Report fail(String worker, String reason, Instant now) {
        requireHeld(worker, status.isLeased() ? status : ReportStatus.RENDERING);
        return next(ReportStatus.FAILED, attempts, Objects.requireNonNull(reason, "reason"), now, null, null, null);
    }

    /**
     * The worker stops before finishing (the application shuts down): the job is queued again at once and the
     * attempt does not count.
     *
     * @throws ReportLeaseLost unless the job is leased to this worker
     */
    public Report release(String worker, Instant now) {
        requireHeld(worker, status.isLeased() ? status : ReportStatus.RENDERING);
        return next(ReportStatus.QUEUED, Math.max(0, attempts - 1), lastError, now, now, null, null);
    }

    /**
     * The owner cancels the job; a worker still rendering it loses its lease.
     *
     * @throws IllegalReportTransition when the job has finished (ready, failed or cancelled)
     */
    public Report cancel(Instant now) {
        if (!status.isActive()) {
            throw new IllegalReportTransition(id, status, "be cancelled");
        }
        return next(ReportStatus.CANCELLED, attempts, lastError, now, null, null, file);
    }

    private void requireHeld(String worker, ReportStatus expected) {
        if (status != expected || lease == null || !lease.heldBy(worker)) {
            throw new ReportLeaseLost(id, status, worker);
        }
    }

    private String gaveUp(String error) {
        return "gave up after " + attempts + (attempts == 1 ? " attempt: " : " attempts: ") + error;
    }

    private static String cut(String error) {
        if (error == null || error.length() <= ERROR_MAX) {
            return error;
        }
        return error.substring(0, ERROR_MAX - 1) + "…";
    }

    /** What identifies this report's content among the audit's reports (see {@link ReportOptions#fingerprint}). */
    public String fingerprint() {
        return options.fingerprint(template);
    }

    public boolean isActive() {
        return status.isActive();
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

    public ReportStatus status() {
        return status;
    }

    /** How many attempts were started (a released one does not count). */
    public int attempts() {
        return attempts;
    }

    /** Why the last attempt failed (or why the job failed), if it did. */
    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
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
        return Optional.ofNullable(nextAttemptAt);
    }

    /** The worker's lease (empty unless rendering or stored). */
    public Optional<ReportLease> lease() {
        return Optional.ofNullable(lease);
    }

    /** The stored document (present once stored; kept when a stored job is cancelled, so it can be removed). */
    public Optional<ReportFile> file() {
        return Optional.ofNullable(file);
    }

    @Override
    public String toString() {
        return "Report[" + id + ", audit " + auditId + ", " + template.code() + ", " + status.code() + ", attempt "
                + attempts + ", v" + version + "]";
    }
}
