package ara.application.port.out.auditlog;

import java.time.Instant;
import java.util.List;

/**
 * Outbound port: the append-only log of security-relevant events; only retention removes events, by age.
 * Thread-safe.
 */
public interface AuditLog {

    /** Appends one event (or one aggregate row, see {@link AuditEvent#count()}); never updates or deletes. */
    void record(AuditEvent event);

    /** The newest events first, at most {@code limit} (for admins and tests). */
    List<AuditEvent> latest(int limit);

    /** How many rows (events or aggregate rows) are dated at or before {@code cutoff}. */
    long countUntil(Instant cutoff);

    /** Deletes the rows dated at or before {@code cutoff} (retention only); returns how many. */
    long deleteUntil(Instant cutoff);

    /**
     * How many events with this action and outcome the log holds (e.g. {@code audit.claimed}, success), aggregate
     * rows counted by their {@link AuditEvent#count()}.
     */
    long count(String action, String outcome);

    /**
     * The one change besides retention (an erased account, GDPR art. 17): every event whose actor is {@code actor}
     * gets {@code pseudonym} as its actor and loses its client address, so that the log keeps who did what without
     * naming the person.
     *
     * @return how many rows were changed
     */
    long pseudonymize(String actor, String pseudonym);
}
