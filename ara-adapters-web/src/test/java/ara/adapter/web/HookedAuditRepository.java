package ara.adapter.web;

import ara.adapter.memory.InMemoryAuditRepository;
import ara.application.port.out.audit.AuditRepository;
import ara.application.port.out.audit.AuditRetention;
import ara.domain.audit.Audit;
import ara.domain.audit.AuditId;
import ara.domain.audit.GuestRetention;
import ara.domain.audit.OwnerId;
import ara.domain.identity.GuestTokenHash;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The in-memory audits as the services see them in the web tests: every call runs the {@link Hook} first, and the
 * writes that store something (a new audit, or a change that changed it) are counted, so a test can show that a
 * refused request stored nothing. Thread-safe.
 */
final class HookedAuditRepository implements AuditRepository, AuditRetention {
    private final InMemoryAuditRepository audits;
    private final Hook hook;
    private final AtomicInteger writes = new AtomicInteger();

    HookedAuditRepository(InMemoryAuditRepository audits, Hook hook) {
        this.audits = audits;
        this.hook = hook;
    }

    /** How many times an audit was stored (created or changed). */
    int writes() {
        return writes.get();
    }

    @Override
    public Audit create(Audit audit) {
        hook.before("audits.create");
        Audit created = audits.create(audit);
        writes.incrementAndGet();
        return created;
    }

    @Override
    public Optional<Audit> find(AuditId id) {
        hook.before("audits.find");
        return audits.find(id);
    }

    @Override
    public Audit update(AuditId id, UnaryOperator<Audit> change) {
        hook.before("audits.update");
        boolean[] changed = new boolean[1];
        Audit updated = audits.update(id, current -> {
            Audit next = change.apply(current);
            changed[0] = next != current;
            return next;
        });
        if (changed[0]) {
            writes.incrementAndGet();
        }
        return updated;
    }

    @Override
    public Optional<Audit> findByGuestToken(GuestTokenHash token) {
        hook.before("audits.findByGuestToken");
        return audits.findByGuestToken(token);
    }

    @Override
    public List<Audit> findByOwner(OwnerId owner, int offset, int limit) {
        hook.before("audits.findByOwner");
        return audits.findByOwner(owner, offset, limit);
    }

    @Override
    public long countByOwner(OwnerId owner) {
        hook.before("audits.countByOwner");
        return audits.countByOwner(owner);
    }

    @Override
    public List<AuditId> expiredGuestAudits(GuestRetention rule, Instant now, int limit) {
        hook.before("audits.expiredGuestAudits");
        return audits.expiredGuestAudits(rule, now, limit);
    }

    @Override
    public boolean deleteIfExpired(AuditId id, GuestRetention rule, Instant now) {
        hook.before("audits.deleteIfExpired");
        return audits.deleteIfExpired(id, rule, now);
    }

    @Override
    public boolean delete(AuditId id) {
        hook.before("audits.delete");
        return audits.delete(id);
    }
}
