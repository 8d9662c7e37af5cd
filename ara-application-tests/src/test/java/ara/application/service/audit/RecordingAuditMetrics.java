package ara.application.service.audit;

import ara.application.port.out.metrics.AuditMetrics;
import ara.domain.chat.ChatSource;

import java.util.ArrayList;
import java.util.List;

/**
 * Test double of the business counters (the real ones are OpenTelemetry counters outside the ring): counts as the
 * port says a counter counts (a step count of zero or less counts nothing), and keeps every call in order.
 * Thread-safe.
 */
final class RecordingAuditMetrics implements AuditMetrics {
    private long guestAuditsStarted;
    private long userAuditsStarted;
    private long stepsCompleted;
    private long auditsSubmitted;
    private final List<String> calls = new ArrayList<>();

    @Override
    public synchronized void auditStarted(boolean guest) {
        if (guest) {
            guestAuditsStarted++;
        } else {
            userAuditsStarted++;
        }
        calls.add("auditStarted(" + (guest ? "guest" : "user") + ")");
    }

    @Override
    public synchronized void stepsCompleted(long count) {
        if (count > 0) {
            stepsCompleted += count;
        }
        calls.add("stepsCompleted(" + count + ")");
    }

    @Override
    public synchronized void auditSubmitted() {
        auditsSubmitted++;
        calls.add("auditSubmitted");
    }

    @Override
    public synchronized void reportGenerated(String template, String outcome) {
        calls.add("reportGenerated(" + template + ", " + outcome + ")");
    }

    @Override
    public synchronized void chatMessage(ChatSource source) {
        calls.add("chatMessage(" + source + ")");
    }

    synchronized long guestAuditsStarted() {
        return guestAuditsStarted;
    }

    synchronized long userAuditsStarted() {
        return userAuditsStarted;
    }

    synchronized long stepsCompleted() {
        return stepsCompleted;
    }

    synchronized long auditsSubmitted() {
        return auditsSubmitted;
    }

    /** Every call so far, oldest first. */
    synchronized List<String> calls() {
        return List.copyOf(calls);
    }
}
