package ara.application.service.audit;

import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.application.port.out.audit.ProgressCache;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestTokenHash;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The audit repository the use cases see when a {@link ProgressCache} is configured: reads of one audit (by id or
 * guest token) are answered by the cache and, on a miss, by the repository, which then fills the cache; every
 * write goes to the repository first (the source of truth) and then puts what it stored into the cache, in the
 * same call, so the next read through any instance sharing the cache sees it. Listings and counts go to the
 * repository only. A put is version-guarded by the cache, so a slow fill never replaces a newer write. Audits are
 * deleted by the guest retention, not here: {@link #retention} gives the retention that evicts what it deletes.
 *
 * <p>Counts hits and misses of the single-audit reads ({@link #statistics()}); logs them at INFO on
 * {@link #logStatistics()} and on {@link #close()} (which closes nothing else). Thread-safe if the repository and
 * the cache are.
 */
public final class CachingAuditRepository implements AuditRepository, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CachingAuditRepository.class.getName());

    private final AuditRepository repository;
    private final ProgressCache cache;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public CachingAuditRepository(AuditRepository repository, ProgressCache cache) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    @Override
    public Audit create(Audit audit) {
        Audit stored = repository.create(audit);
        cache.put(stored);
        return stored;
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        return cachedOr(cache.find(id), () -> repository.find(id));
    }

    @Override
    public Audit update(AuditId id, UnaryOperator<Audit> change) {
        Audit stored = repository.update(id, change);
        cache.put(stored);
        return stored;
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        return cachedOr(cache.findByGuestToken(token), () -> repository.findByGuestToken(token));
    }

    @Override
    public List<Audit> findByOwner(OwnerId owner, int offset, int limit) {
        return repository.findByOwner(owner, offset, limit);
    }

    @Override
    public long countByOwner(OwnerId owner) {
        return repository.countByOwner(owner);
    }

    /** The retention that deletes through this cache: an audit it deletes is evicted from the cache right after. */
    public AuditRetention retention(AuditRetention stored) {
        return new CachingAuditRetention(stored, cache);
    }

    private Optional<Audit> cachedOr(Optional<Audit> cached, Supplier<Optional<Audit>> load) {
        if (cached.isPresent()) {
            hits.increment();
            return cached;
        }
        misses.increment();
        Optional<Audit> loaded = load.get();
        loaded.ifPresent(cache::put);
        return loaded;
    }

    /** Hits and misses of the single-audit reads so far. */
    public CacheStatistics statistics() {
        return new CacheStatistics(hits.sum(), misses.sum());
    }

    /** Logs {@link #statistics()} at INFO, e.g. at the end of a load run. */
    public void logStatistics() {
        LOG.log(Level.INFO, "progress cache: {0}", statistics());
    }

    /** Logs the statistics; the repository and the cache are closed by whoever opened them. */
    @Override
    public void close() {
        logStatistics();
    }
}
