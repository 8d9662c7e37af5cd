package ara.application.service.audit;

import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.ProgressCache;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The guest retention the clean-up sees when a {@link ProgressCache} is configured: an audit the retention deletes is
 * then {@linkplain ProgressCache#evict evicted}, in the same call, so that no instance sharing the cache serves it
 * afterwards (the eviction also keeps a reader that loaded it just before the deletion from putting it back).
 * Listing goes to the retention only. Thread-safe if the retention and the cache are.
 */
public final class CachingAuditRetention implements AuditRetention {
    private final AuditRetention retention;
    private final ProgressCache cache;

    public CachingAuditRetention(AuditRetention retention, ProgressCache cache) {
        this.retention = Objects.requireNonNull(retention, "retention");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public List<AuditId> expiredGuestAudits(GuestRetention rule, Instant now, int limit) {
        return retention.expiredGuestAudits(rule, now, limit);
    }

    @Override
    public boolean deleteIfExpired(AuditId id, GuestRetention rule, Instant now) {
        boolean deleted = retention.deleteIfExpired(id, rule, now);
        if (deleted) {
            // Only once the store deleted it: an audit the store kept (its guest came back) must stay cacheable, and
            // an evict would bar it for a TTL.
            cache.evict(id);
        }
        return deleted;
    }

    @Override
    public boolean delete(AuditId id) {
        boolean deleted = retention.delete(id);
        // Evicted whether or not it existed here: a copy may outlive a deletion an earlier call began.
        cache.evict(id);
        return deleted;
    }
}
