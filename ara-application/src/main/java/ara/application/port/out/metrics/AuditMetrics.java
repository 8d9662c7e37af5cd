package ara.application.port.out.metrics;

import ara.domain.chat.ChatSource;

import java.time.Duration;

/**
 * Outbound port: the business counters the use cases move (audits started by kind, wizard steps completed, audits
 * submitted, reports generated, assistant chat messages). Implemented outside the ring (OpenTelemetry counters in
 * {@code ara-adapters-telemetry}); {@link #none()} counts nowhere. Implementations are thread-safe.
 */
public interface AuditMetrics {

    /** An audit was started by a guest ({@code guest}) or a signed-in user. */
    void auditStarted(boolean guest);

    /** {@code count} wizard steps became complete through an answer; zero or less counts nothing. */
    void stepsCompleted(long count);

    /** An audit was submitted and scored. */
    void auditSubmitted();

    /** A report was rendered and stored ({@code outcome} {@code success}) or given up on ({@code failure}). */
    void reportGenerated(String template, String outcome);

    /** An assistant (the language model or the offline one) answered one chat message. */
    void chatMessage(ChatSource source);

    /**
     * The outbox handed an event to a channel ({@code outcome} {@code delivered}) or failed to ({@code failed});
     * {@code latency} runs from the moment the event occurred to the end of this attempt. Counts nowhere by default.
     */
    default void eventDelivery(String channel, String outcome, Duration latency) {
    }

    /** Counters that count nowhere (no metrics backend). */
    static AuditMetrics none() {
        return NoAuditMetrics.INSTANCE;
    }
}
