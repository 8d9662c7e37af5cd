package ara.adapter.memory;

import ara.application.port.out.audit.ProgressCache;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The progress cache in this process (the embedded default), in Caffeine: audits by id, and guest tokens to audit
 * ids; each entry expires its TTL after it was last put, and at most {@code maximumAudits} are kept (the least used
 * dropped first). Per instance: another instance does not see these entries, so run it in front of a repository
 * that only this instance writes, or use the Redis cache. Thread-safe: a put and an evict are atomic per audit (both
 * run in Caffeine's {@code compute} of the audit's entry, so they are serialised), audits are immutable.
 *
 * <p>An evict leaves a <i>tombstone</i>: the id in a second cache, living the TTL after the evict, which a put checks
 * inside the same {@code compute}. A reader that loaded the audit before its deletion and puts it after the evict is
 * thus ignored (an evicted audit is deleted and its id never comes back, so no put of it is current). Tombstones are
 * bounded like the audits ({@code maximumAudits}); one dropped early by size (more deletions within a TTL than the
 * bound) reopens that window for its audit.
 */
public final class InMemoryProgressCache implements ProgressCache {
    /** The default time an entry lives after its last put. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    /** The default bound on the number of audits kept. */
    public static final int DEFAULT_MAXIMUM_AUDITS = 10_000;

    private final Cache<AuditId, Audit> audits;
    private final Cache<GuestTokenHash, AuditId> guestTokens;
    /** Evicted (deleted) audits: no put of them is taken. */
    private final Cache<AuditId, Boolean> evicted;

    /** A cache keeping at most {@value #DEFAULT_MAXIMUM_AUDITS} audits for an hour each. */
    public InMemoryProgressCache() {
        this(DEFAULT_TTL, DEFAULT_MAXIMUM_AUDITS);
    }

    public InMemoryProgressCache(Duration ttl, int maximumAudits) {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.toMillis() < 1) {
            throw new IllegalArgumentException("ttl must be at least 1 ms, got " + ttl);
        }
        if (maximumAudits < 1) {
            throw new IllegalArgumentException("maximumAudits must be >= 1, got " + maximumAudits);
        }
        this.audits = Caffeine.newBuilder().maximumSize(maximumAudits).expireAfterWrite(ttl).build();
        this.guestTokens = Caffeine.newBuilder().maximumSize(maximumAudits).expireAfterWrite(ttl).build();
        this.evicted = Caffeine.newBuilder().maximumSize(maximumAudits).expireAfterWrite(ttl).build();
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        return Optional.ofNullable(audits.getIfPresent(Objects.requireNonNull(id, "id")));
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        Objects.requireNonNull(token, "token");
        AuditId id = guestTokens.getIfPresent(token);
        // The audit may have lost the token since (claimed): then the mapping is stale and this is a miss.
        return id == null ? Optional.empty()
                : find(id).filter(audit -> audit.guestToken().filter(token::matches).isPresent());
    }

    @Override
    public void put(Audit audit) {
        Objects.requireNonNull(audit, "audit");
        audits.asMap().compute(audit.id(), (id, cached) -> {
            if (evicted.getIfPresent(id) != null) {
                return null;
            }
            audit.guestToken().ifPresent(token -> guestTokens.put(token, id));
            return cached == null || cached.version() < audit.version() ? audit : cached;
        });
    }

    @Override
    public void evict(AuditId id) {
        Objects.requireNonNull(id, "id");
        audits.asMap().compute(id, (key, cached) -> {
            evicted.put(key, Boolean.TRUE);
            if (cached != null) {
                cached.guestToken().ifPresent(token -> guestTokens.asMap().remove(token, key));
            }
            return null;
        });
    }
}
