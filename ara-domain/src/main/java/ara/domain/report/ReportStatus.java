package ara.domain.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a report job stands: {@code QUEUED → RENDERING → STORED → READY}; a failed attempt goes back to
 * {@code QUEUED} (later) until the attempts run out, then {@code FAILED}; {@code CANCELLED} on request while active.
 * {@link #progress()} is derived from the status alone.
 */
public enum ReportStatus {
    /** Waiting for a worker (new, or waiting out the back-off after a failed attempt). */
    QUEUED(0),
    /** A worker holds the job's lease and renders and stores it. */
    RENDERING(30),
    /** The document is stored and recorded; the job is being finished (the audit marked). */
    STORED(90),
    /** The document can be downloaded. */
    READY(100),
    /** Given up: the attempts ran out, or the job cannot succeed (e.g. an unreadable logo). */
    FAILED(100),
    /** Stopped at the owner's request. */
    CANCELLED(100);

    private final int progress;

    ReportStatus(int progress) {
        this.progress = progress;
    }

    /** How far the job has come, 0 to 100 (100 for every final status). */
    public int progress() {
        return progress;
    }

    /** Still going: queued, rendering or stored (a request with the same options joins it). */
    public boolean isActive() {
        return this == QUEUED || this == RENDERING || this == STORED;
    }

    /** Held by a worker under a lease. */
    public boolean isLeased() {
        return this == RENDERING || this == STORED;
    }

    /** The external name ("queued", "rendering", …). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReportStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
