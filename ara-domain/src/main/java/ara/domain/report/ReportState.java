package ara.domain.report;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report job stands, one record per {@link ReportStatus}, each holding exactly what the job has in that
 * state: a queued job its due time, a rendering job its worker's lease, a stored job the lease and the document, a
 * ready job the document, a failed job the reason, a cancelled job the document it may have had. Every state counts
 * the attempts started (a released one does not count). Immutable and thread-safe.
 *
 * <p>{@link Report} moves a job from state to state; a state is built directly only when a report is reloaded from
 * storage ({@link Report#reload}). A missing component is refused with an {@link IllegalArgumentException} naming
 * what the state needs, so that a damaged stored row reads as unreadable data.
 */
public sealed interface ReportState
        permits ReportState.Queued, ReportState.Leased, ReportState.Ready, ReportState.Failed, ReportState.Cancelled {

    /** The status this state is reported as. */
    ReportStatus status();

    /** How many attempts were started (a released one does not count), at least 0. */
    int attempts();

    /** Why the last attempt failed (or why the job failed), if it did; at most {@link Report#ERROR_MAX} characters. */
    Optional<String> lastError();

    /**
     * Waiting for a worker: new, released, or waiting out the back-off after a failed attempt.
     *
     * @param nextAttemptAt when a worker may claim it
     */
    record Queued(int attempts, Optional<String> lastError, Instant nextAttemptAt) implements ReportState {
        public Queued {
            checkAttempts(attempts);
            lastError = cut(lastError);
            present(nextAttemptAt, "a queued report needs the time of its next attempt");
        }

        @Override
        public ReportStatus status() {
            return ReportStatus.QUEUED;
        }
    }

    /** Held by a worker under a lease: rendering, or stored and being finished. */
    sealed interface Leased extends ReportState permits Rendering, Stored {
        /** The worker's hold on the job; when it lapses, any worker may take the job over. */
        ReportLease lease();

        /** The same state under another lease (renewed, taken over, or stored as storage keeps it). */
        Leased withLease(ReportLease lease);
    }

    /** A worker holds the lease and renders and stores the document. */
    record Rendering(int attempts, Optional<String> lastError, ReportLease lease) implements Leased {
        public Rendering {
            checkAttempts(attempts);
            lastError = cut(lastError);
            present(lease, "a rendering report needs a lease");
        }

        @Override
        public ReportStatus status() {
            return ReportStatus.RENDERING;
        }

        @Override
        public Rendering withLease(ReportLease newLease) {
            return new Rendering(attempts, lastError, newLease);
        }
    }

    /** The document is stored and recorded; the worker still holds the lease while it finishes the job. */
    record Stored(int attempts, Optional<String> lastError, ReportLease lease, ReportFile file) implements Leased {
        public Stored {
            checkAttempts(attempts);
            lastError = cut(lastError);
            present(lease, "a stored report needs a lease");
            present(file, "a stored report needs its stored file");
        }

        @Override
        public ReportStatus status() {
            return ReportStatus.STORED;
        }

        @Override
        public Stored withLease(ReportLease newLease) {
            return new Stored(attempts, lastError, newLease, file);
        }
    }

    /** The document can be downloaded; a ready job keeps no error. */
    record Ready(int attempts, ReportFile file) implements ReportState {
        public Ready {
            checkAttempts(attempts);
            present(file, "a ready report needs its stored file");
        }

        @Override
        public ReportStatus status() {
            return ReportStatus.READY;
        }

        @Override
        public Optional<String> lastError() {
            return Optional.empty();
        }
    }

    /**
     * Given up: the attempts ran out, or the job cannot succeed (e.g. an unreadable logo).
     *
     * @param reason why, reported as its {@link #lastError()}
     */
    record Failed(int attempts, String reason) implements ReportState {
        public Failed {
            checkAttempts(attempts);
            reason = cut(present(reason, "a failed report needs the reason it failed"));
        }

        @Override
        public ReportStatus status() {
            return ReportStatus.FAILED;
        }

        @Override
        public Optional<String> lastError() {
            return Optional.of(reason);
        }
    }

    /**
     * Stopped at the owner's request.
     *
     * @param file the document, when the job was cancelled after storing it (kept so that it can be removed)
     */
    record Cancelled(int attempts, Optional<String> lastError, Optional<ReportFile> file) implements ReportState {
        public Cancelled {
            checkAttempts(attempts);
            lastError = cut(lastError);
            Objects.requireNonNull(file, "file");
        }

        @Override
        public ReportStatus status() {
            return ReportStatus.CANCELLED;
        }
    }

    private static void checkAttempts(int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be at least 0, got " + attempts);
        }
    }

    private static <T> T present(T value, String needed) {
        if (value == null) {
            throw new IllegalArgumentException(needed);
        }
        return value;
    }

    private static Optional<String> cut(Optional<String> error) {
        return Objects.requireNonNull(error, "lastError").map(ReportState::cut);
    }

    private static String cut(String error) {
        if (error.length() <= Report.ERROR_MAX) {
            return error;
        }
        return error.substring(0, Report.ERROR_MAX - 1) + "…";
    }
}
