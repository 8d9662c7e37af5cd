package ara.application.port.out.audit;

import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestTokenHash;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Outbound port: stores audits (with their answers and, once scored, their result). Implementations are
 * thread-safe; every method is atomic.
 */
public interface AuditRepository {

    /**
     * Stores a new audit.
     *
     * @return the audit as stored (instants cut to what the store keeps: microseconds)
     * @throws IllegalStateException when an audit with this id exists
     */
    Audit create(Audit audit);

    Optional<Audit> find(AuditId id);

    /**
     * Changes an audit atomically: loads the current audit under a lock (no other update of the same audit runs
     * meanwhile), applies {@code change} and stores what it returns, all in one transaction. If {@code change}
     * throws, nothing is stored and the exception propagates. If it returns the same instance, nothing is written.
     *
     * @return the audit as stored
     * @throws ara.domain.audit.AuditNotFound when there is no such audit
     */
    Audit update(AuditId id, UnaryOperator<Audit> change);

    /** The audit that a guest token reaches, if any. */
    Optional<Audit> findByGuestToken(GuestTokenHash token);

    /** The owner's audits, newest first ({@code createdAt} descending, then id), one page. */
    List<Audit> findByOwner(OwnerId owner, int offset, int limit);

    /** How many audits the owner has. */
    long countByOwner(OwnerId owner);
}
