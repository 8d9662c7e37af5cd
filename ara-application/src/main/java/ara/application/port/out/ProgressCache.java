package ara.application.port.out;

import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;

import java.util.Optional;

/**
 * Outbound port: a cache of audits in front of the {@link AuditRepository} (which stays the source of truth), so
 * that the wizard's reads of an audit (its answers, progress and partial score are derived from it) need not load
 * it from the database. Entries expire some time after they were last put.
 *
 * <p>Trouble of the cache itself never reaches the caller: a lookup that fails is a miss, a put that fails is not
 * done, and an implementation that cannot tell whether a put took effect must not serve that audit from then on
 * until it has made sure it holds no older version of it. Thread-safe; {@link #put} is atomic.
 */
public interface ProgressCache {

    /** The cached audit, or empty on a miss. */
    Optional<Audit> find(AuditId id);

    /** The cached audit that this guest token reaches, or empty on a miss (also when the audit no longer has it). */
    Optional<Audit> findByGuestToken(GuestTokenHash token);

    /**
     * Caches the audit unless the cache holds the same audit at the same or a higher {@link Audit#version()}, so
     * that a slow reader filling the cache can never replace a newer write with an older one.
     */
    void put(Audit audit);
}
