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
 * @param clientIp  the client's address (may be {@code null})
 */
public record AuditEvent(Instant at, String actor, String action, String target, String outcome, String requestId,
                         String clientIp) {
    public static final String SUCCESS = "success";
    public static final String DENIED = "denied";
    public static final String REJECTED = "rejected";

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }
}
