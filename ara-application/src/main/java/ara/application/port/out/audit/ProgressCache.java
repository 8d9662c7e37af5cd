package ara.application.port.out.audit;

import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;

import java.util.Optional;

/**
 * Outbound port: a cache of audits in front of the {@link AuditRepository} (which stays the source of truth), so
 * that the wizard's reads of an audit (its answers, progress and partial score are derived from it) need not load
 * it from the database. Entries expire some time after they were last put; a deleted audit is {@link #evict evicted}.
 *
 * <p>Trouble of the cache itself never reaches the caller: a lookup that fails is a miss, a put or an evict that
 * fails is not done, and an implementation that cannot tell whether a put or an evict took effect must not serve
 * that audit from then on until it has made sure it holds no older version of it (after an evict: none at all).
 * Thread-safe; {@link #put} and {@link #evict} are atomic.
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

    /**
     * Forgets an audit that was deleted from the repository, with the guest-token entry that reaches it: from then on
     * {@link #find} and {@link #findByGuestToken} miss it, and a put of it is ignored for at least as long as an entry
     * lives after its put. Audit ids are never used again, so every later put of an evicted audit is stale (a reader
     * that loaded it just before the deletion): without that guard such a put would serve the deleted audit again
     * until its TTL. Evicting an audit the cache does not hold is allowed and guards it the same way.
     */
    void evict(AuditId id);
}
