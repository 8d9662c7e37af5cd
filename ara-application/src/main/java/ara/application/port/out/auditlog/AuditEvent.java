package ara.application.port.out.auditlog;

import java.time.Instant;
import java.util.Objects;

/**
 * One security-relevant event for the audit log. Never holds secrets or personal data in clear: actors are
 * {@code user:<subject>}, {@code guest} or {@code anonymous}; targets are ids.
 *
 * @param at        when it happened
 * @param actor     who acted
 * @param action    what was attempted, e.g. {@code audit.created}, {@code audit.claimed}, {@code access.denied}
 * @param target    what it was attempted on, e.g. {@code audit:<id>} (may be {@code null})
 * @param outcome   {@code success} or {@code denied} / {@code rejected}
 * @param requestId the request's id (may be {@code null})
 * @param clientIp  the client's address (may be {@code null}); {@value #OTHER_CLIENTS} on an aggregate row
 *                  that counts the addresses beyond the aggregation's bound
 * @param count     how many events this row stands for, at least 1: an aggregate row of unauthenticated
 *                  rejections counts one client's events of one kind in one minute ({@code at} is the minute's
 *                  start, {@code requestId} the first request's id); see docs/adr/0019
 */
public record AuditEvent(Instant at, String actor, String action, String target, String outcome, String requestId,
                         String clientIp, long count) {
    public static final String SUCCESS = "success";
    public static final String DENIED = "denied";
    public static final String REJECTED = "rejected";
    /** The client address of an aggregate row that counts every address beyond the aggregation's bound. */
    public static final String OTHER_CLIENTS = "*";

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
    }

    /** One event. */
    public AuditEvent(Instant at, String actor, String action, String target, String outcome, String requestId,
                      String clientIp) {
        this(at, actor, action, target, outcome, requestId, clientIp, 1);
    }
}
