package ara.domain.event;

import ara.domain.audit.AuditId;
import ara.domain.report.Report;
import ara.domain.report.ReportFile;
import ara.domain.report.ReportId;
import ara.domain.report.ReportOptions;
import ara.domain.report.ReportRetryPolicy;
import ara.domain.report.ReportTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A report tells the outside when it is ready or given up on, nothing in between. */
class ReportEventsTest {
    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final ReportRetryPolicy POLICY = new ReportRetryPolicy(3, Duration.ofSeconds(10),
            Duration.ofSeconds(25));
    private static final ReportFile FILE = new ReportFile("reports/a/b.pdf", 1234, "ab".repeat(32),
            "application/pdf");

    private static Report requested() {
        return Report.request(new ReportId(UUID.randomUUID()), new AuditId(UUID.randomUUID()),
                ReportTemplate.STANDARD, ReportOptions.none(), T0);
    }

    @Test
    void onlyBecomingReadyOrFailingIsAnEvent() {
        Report queued = requested();
        Report rendering = queued.claim("w", T0.plusSeconds(1), LEASE, POLICY);
        Report stored = rendering.stored("w", FILE, T0.plusSeconds(2));
        Report ready = stored.ready("w", T0.plusSeconds(3));

        assertThat(ReportEvents.changed(queued, rendering)).isEmpty();
        assertThat(ReportEvents.changed(rendering, stored)).isEmpty();
        DomainEvent event = ReportEvents.changed(stored, ready).getFirst();
        assertThat(event.type().code()).isEqualTo("report.ready");
        assertThat(event.report()).contains(ready.id());
        assertThat(event.audit()).isEqualTo(ready.auditId());
        assertThat(event.occurredAt()).isEqualTo(T0.plusSeconds(3));

        Report failed = requested().claim("w", T0, LEASE, POLICY).fail("w", "not an image", T0.plusSeconds(1));
        assertThat(ReportEvents.changed(requested(), failed)).extracting(DomainEvent::type)
                .containsExactly(EventType.REPORT_FAILED);
    }
}
