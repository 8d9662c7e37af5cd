package ara.application.port.out.notification;

import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;

import java.time.Instant;
import java.util.Optional;

/**
 * Outbound port: the resume tokens mailed to guests, in a store of their own (several per audit, each valid 30 days,
 * good for nothing but resuming its audit). Only their hashes are kept (a resume token has the shape of a guest
 * token, 256 random bits, and is hashed the same way). Implementations are thread-safe; every method is atomic.
 */
public interface ResumeTokens {

    /** Stores a new token's hash for {@code audit}, valid until {@code expiresAt}. */
    void issue(GuestTokenHash token, AuditId audit, Instant issuedAt, Instant expiresAt);

    /** The audit a token resumes, if the token is known, not revoked and not expired at {@code now}. */
    Optional<AuditId> audit(GuestTokenHash token, Instant now);

    /**
     * Revokes every token of the audit (claimed by a user, or deleted).
     *
     * @return how many were revoked
     */
    int revokeAll(AuditId audit);

    /**
     * Removes up to {@code limit} tokens that expired before {@code cutoff}.
     *
     * @return how many were removed
     */
    int deleteExpiredBefore(Instant cutoff, int limit);
}
