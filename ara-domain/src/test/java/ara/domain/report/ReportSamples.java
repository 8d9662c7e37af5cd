package ara.domain.report;

import ara.domain.audit.AuditId;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What the report tests share: a start time, a lease, a retry policy, a stored file and a fresh queued report. */
final class ReportSamples {
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(2);
    static final ReportRetryPolicy POLICY = new ReportRetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(25));
    static final ReportFile FILE = new ReportFile("reports/a/b.pdf", 1234, "ab".repeat(32), "application/pdf");

    private ReportSamples() {
    }

    /** A new executive report of a random audit, requested at {@link #T0}. */
    static Report queued() {
        return Report.request(new ReportId(UUID.randomUUID()), new AuditId(UUID.randomUUID()),
                ReportTemplate.EXECUTIVE, ReportOptions.none(), T0);
    }
}
