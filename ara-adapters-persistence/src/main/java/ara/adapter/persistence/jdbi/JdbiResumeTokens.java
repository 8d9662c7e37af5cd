package ara.adapter.persistence.jdbi;

import ara.application.port.out.notification.ResumeTokens;
import ara.domain.audit.AuditId;
import ara.domain.identity.GuestTokenHash;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: resume tokens' hashes in {@code resume_tokens}; deleting an audit deletes its tokens (foreign
 * key). Thread-safe.
 */
public final class JdbiResumeTokens implements ResumeTokens {
    private final Jdbi jdbi;

    public JdbiResumeTokens(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public void issue(GuestTokenHash token, AuditId audit, Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(audit, "audit");
        try {
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO resume_tokens (token_hash, audit_id, issued_at,"
                            + " expires_at) VALUES (:hash, :audit, :issued, :expires)")
                    .bind("hash", token.hex()).bind("audit", audit.value().toString())
                    .bind("issued", SqlInstants.argument(Objects.requireNonNull(issuedAt, "issuedAt")))
                    .bind("expires", SqlInstants.argument(Objects.requireNonNull(expiresAt, "expiresAt")))
                    .execute());
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                throw new IllegalStateException("a resume token with this hash exists, or the audit does not", e);
            }
            throw SqlFailures.translate("store a resume token", e);
        }
    }

    @Override
    public Optional<AuditId> audit(GuestTokenHash token, Instant now) {
        Objects.requireNonNull(token, "token");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT audit_id FROM resume_tokens"
                            + " WHERE token_hash = :hash AND expires_at > :now")
                    .bind("hash", token.hex()).bind("now", SqlInstants.argument(now))
                    .mapTo(String.class).findOne()).map(id -> new AuditId(UUID.fromString(id)));
        } catch (JdbiException e) {
            throw SqlFailures.translate("read a resume token", e);
        }
    }

    @Override
    public int revokeAll(AuditId audit) {
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM resume_tokens WHERE audit_id = :audit")
                    .bind("audit", audit.value().toString()).execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("revoke resume tokens", e);
        }
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff, int limit) {
        try {
            // DELETE … LIMIT is not portable (H2): pick the batch by the index, then delete it by key.
            return jdbi.inTransaction(handle -> {
                List<String> batch = handle.createQuery("SELECT token_hash FROM resume_tokens"
                                + " WHERE expires_at <= :cutoff ORDER BY expires_at LIMIT :limit")
                        .bind("cutoff", SqlInstants.argument(cutoff)).bind("limit", limit)
                        .mapTo(String.class).list();
                return batch.isEmpty() ? 0 : handle.createUpdate("DELETE FROM resume_tokens"
                        + " WHERE token_hash IN (<hashes>)").bindList("hashes", batch).execute();
            });
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete expired resume tokens", e);
        }
    }
}
