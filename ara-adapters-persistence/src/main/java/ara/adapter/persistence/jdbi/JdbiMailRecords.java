package ara.adapter.persistence.jdbi;

import ara.application.port.out.notification.MailRecords;
import ara.application.port.out.notification.RecipientKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Persistence adapter: the mail channel's records in {@code mail_sent} and {@code mail_suppressions} (recipients as
 * keyed hashes, never addresses). Thread-safe.
 */
public final class JdbiMailRecords implements MailRecords {
    private final Jdbi jdbi;

    public JdbiMailRecords(Database database) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
    }

    @Override
    public boolean wasSent(UUID event) {
        Objects.requireNonNull(event, "event");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_sent WHERE event_id = :id")
                    .bind("id", event.toString()).mapTo(Long.class).one()) > 0;
        } catch (JdbiException e) {
            throw SqlFailures.translate("read a sent-message record", e);
        }
    }

    @Override
    public boolean recordSent(UUID event, String kind, Instant at) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("INSERT INTO mail_sent (event_id, kind, sent_at)"
                            + " VALUES (:id, :kind, :at)")
                    .bind("id", event.toString()).bind("kind", kind)
                    .bind("at", SqlInstants.argument(Objects.requireNonNull(at, "at"))).execute()) == 1;
        } catch (JdbiException e) {
            if (SqlFailures.isDuplicateKey(e)) {
                return false;
            }
            throw SqlFailures.translate("record a sent message", e);
        }
    }

    @Override
    public boolean isSuppressed(RecipientKey recipient) {
        Objects.requireNonNull(recipient, "recipient");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM mail_suppressions"
                            + " WHERE recipient_key = :key")
                    .bind("key", recipient.value()).mapTo(Long.class).one()) > 0;
        } catch (JdbiException e) {
            throw SqlFailures.translate("read a mail suppression", e);
        }
    }

    @Override
    public void suppress(RecipientKey recipient, Suppression reason, Instant at) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
        try {
            jdbi.useTransaction(handle -> {
                int changed = reason == Suppression.UNSUBSCRIBED
                        ? handle.createUpdate("UPDATE mail_suppressions SET reason = :reason, suppressed_at = :at"
                                + " WHERE recipient_key = :key AND reason <> :reason")
                        .bind("reason", reason.code()).bind("at", SqlInstants.argument(at))
                        .bind("key", recipient.value()).execute()
                        : 0;
                if (changed == 0) {
                    // ON DUPLICATE KEY UPDATE of nothing: an existing row stays as it is (all three accept it).
                    handle.createUpdate("INSERT INTO mail_suppressions (recipient_key, reason, suppressed_at)"
                                    + " VALUES (:key, :reason, :at) ON DUPLICATE KEY UPDATE recipient_key ="
                                    + " recipient_key")
                            .bind("key", recipient.value()).bind("reason", reason.code())
                            .bind("at", SqlInstants.argument(at)).execute();
                }
            });
        } catch (JdbiException e) {
            throw SqlFailures.translate("record a mail suppression", e);
        }
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        try {
            return jdbi.inTransaction(handle -> handle.createUpdate("DELETE FROM mail_sent WHERE sent_at < :cutoff")
                    .bind("cutoff", SqlInstants.argument(cutoff)).execute()
                    + handle.createUpdate("DELETE FROM mail_suppressions WHERE reason = :bounced"
                            + " AND suppressed_at < :cutoff")
                    .bind("bounced", Suppression.BOUNCED.code()).bind("cutoff", SqlInstants.argument(cutoff))
                    .execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete old mail records", e);
        }
    }
}
