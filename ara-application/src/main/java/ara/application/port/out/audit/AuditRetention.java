package ara.application.port.out.audit;

import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;

import java.time.Instant;
import java.util.List;

/**
 * Outbound port: finds and deletes guest audits past their retention ({@link GuestRetention}). Deleting an audit
 * deletes everything stored with it in the same store (answers, result, report rows, chat messages). Thread-safe.
 */
public interface AuditRetention {

    /** The expired guest audits at {@code now}, least recently changed first, at most {@code limit}. */
    List<AuditId> expiredGuestAudits(GuestRetention rule, Instant now, int limit);

    /**
     * Deletes the audit if it is still an expired guest audit at {@code now} (a guest who came back meanwhile keeps
     * it), atomically.
     *
     * @return whether it was deleted
     */
    boolean deleteIfExpired(AuditId id, GuestRetention rule, Instant now);

    /**
     * Deletes the audit whatever its age or owner (its owner or an admin asked), atomically, with everything stored
     * with it in the same store and the outbox events about it (pending or not: no event about an erased audit is
     * delivered or kept).
     *
     * @return whether it existed
     */
    boolean delete(AuditId id);
}
