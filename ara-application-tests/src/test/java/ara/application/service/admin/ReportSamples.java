package ara.application.service.admin;

import ara.application.port.out.storage.ObjectKey;
import ara.domain.audit.AuditId;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Reports in each state the clean-ups and statistics care about, built through the domain's transitions. */
final class ReportSamples {
    private static final String WORKER = "worker-1";
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final String SHA = "a".repeat(64);

    private ReportSamples() {
    }

    static Report queued(AuditId audit, Instant at) {
        return Report.request(new ReportId(UUID.randomUUID()), audit, ReportTemplate.DEFAULT, ReportOptions.none(),
                at);
    }

    static Report rendering(AuditId audit, Instant at) {
        return queued(audit, at).claim(WORKER, at, LEASE, ReportRetryPolicy.DEFAULT);
    }

    /** A ready report whose document is stored under {@code reports/{audit}/{report}.pdf}. */
    static Report ready(AuditId audit, Instant at) {
        Report rendering = rendering(audit, at);
        ReportFile file = new ReportFile(ObjectKey.report(audit, rendering.id().value()).value(), 1_234, SHA,
                "application/pdf");
        return rendering.stored(WORKER, file, at).ready(WORKER, at);
    }

    static Report failed(AuditId audit, Instant at) {
        return rendering(audit, at).fail(WORKER, "logo is not an image", at);
    }

    static Report cancelled(AuditId audit, Instant at) {
        return queued(audit, at).cancel(at);
    }

    static ObjectKey key(Report report) {
        return new ObjectKey(report.file().orElseThrow().key());
    }
}
