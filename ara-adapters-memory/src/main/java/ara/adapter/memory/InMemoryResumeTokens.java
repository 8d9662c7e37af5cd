package ara.adapter.memory;

import ara.application.port.out.notification.ResumeTokens;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Persistence adapter: resume tokens' hashes in memory (nothing kept across restarts). Thread-safe. */
public final class InMemoryResumeTokens implements ResumeTokens {
    private record Issued(AuditId audit, Instant expiresAt) {
    }

    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    @Override
    public void issue(GuestTokenHash token, AuditId audit, Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(issuedAt, "issuedAt");
        Issued issued = new Issued(Objects.requireNonNull(audit, "audit"), Objects.requireNonNull(expiresAt, "expiresAt"));
        if (tokens.putIfAbsent(Objects.requireNonNull(token, "token").hex(), issued) != null) {
            throw new IllegalStateException("a resume token with this hash exists");
        }
    }

    @Override
    public Optional<AuditId> audit(GuestTokenHash token, Instant now) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(token, "token").hex()))
                .filter(issued -> now.isBefore(issued.expiresAt())).map(Issued::audit);
    }

    @Override
    public int revokeAll(AuditId audit) {
        int[] removed = {0};
        tokens.entrySet().removeIf(entry -> entry.getValue().audit().equals(audit) && ++removed[0] > 0);
        return removed[0];
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff, int limit) {
        int[] removed = {0};
        tokens.entrySet().removeIf(entry -> removed[0] < limit && !entry.getValue().expiresAt().isAfter(cutoff)
                && ++removed[0] > 0);
        return removed[0];
    }
}
