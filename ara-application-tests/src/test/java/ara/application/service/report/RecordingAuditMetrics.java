package ara.application.service.report;

import ara.application.port.out.metrics.AuditMetrics;
import ara.domain.chat.ChatSource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test double of the business counters (their adapter is OpenTelemetry): records every count as a line such as
 * {@code report standard success}. Thread-safe.
 */
final class RecordingAuditMetrics implements AuditMetrics {
    private final List<String> counted = new CopyOnWriteArrayList<>();

    /** Every count so far, oldest first. */
    List<String> counted() {
        return List.copyOf(counted);
    }

    @Override
    public void auditStarted(boolean guest) {
        counted.add("audit started " + (guest ? "guest" : "user"));
    }

    @Override
    public void stepsCompleted(long count) {
        counted.add("steps " + count);
    }

    @Override
    public void auditSubmitted() {
        counted.add("audit submitted");
    }

    @Override
    public void reportGenerated(String template, String outcome) {
        counted.add("report " + template + " " + outcome);
    }

    @Override
    public void chatMessage(ChatSource source) {
        counted.add("chat " + source);
    }
}
