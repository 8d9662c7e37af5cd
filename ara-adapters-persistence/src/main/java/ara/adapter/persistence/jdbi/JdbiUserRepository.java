package ara.adapter.persistence.jdbi;

import ara.application.port.out.identity.UserRepository;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;
import ara.domain.identity.UserIdentity;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Persistence adapter: the users ARA has seen, in the {@code users} table: a row per subject, created on first
 * sight; the email sealed and hashed, never in clear. Thread-safe.
 */
public final class JdbiUserRepository implements UserRepository {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private final Jdbi jdbi;
    private final SealedEmails emails;

    public JdbiUserRepository(Database database, PersonalDataCipher cipher, KeyedHash hash) {
        this.jdbi = Objects.requireNonNull(database, "database").jdbi();
        this.emails = new SealedEmails(cipher, hash);
    }

    @Override
    public void recordSighting(UserIdentity user, Instant now) {
        Objects.requireNonNull(user, "user");
        String at = DATE_TIME.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        EmailAddress email = user.emailAddress().filter(EmailAddress::isWellFormed).map(EmailAddress::new)
                .orElse(null);
        try {
            // Insert-or-update in the dialect all three databases accept; a new id is generated only for new rows.
            jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO users (id, subject, email_sealed, email_hash,"
                            + " created_at, last_seen_at) VALUES (:id, :subject, :email, :emailHash, :at, :at)"
                            + " ON DUPLICATE KEY UPDATE email_sealed = VALUES(email_sealed),"
                            + " email_hash = VALUES(email_hash), last_seen_at = VALUES(last_seen_at)")
                    .bind("id", UUID.randomUUID().toString())
                    .bind("subject", user.subject().getBytes(StandardCharsets.UTF_8))
                    .bind("email", emails.seal(email))
                    .bind("emailHash", emails.hash(email))
                    .bind("at", at)
                    .execute());
        } catch (JdbiException e) {
            throw SqlFailures.translate("record a sighting of a user", e);
        }
    }

    @Override
    public Optional<EmailAddress> emailOf(OwnerId user) {
        Objects.requireNonNull(user, "user");
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT email_sealed FROM users WHERE subject = :subject")
                    .bind("subject", user.value().getBytes(StandardCharsets.UTF_8))
                    .mapTo(String.class).findOne()).map(emails::open);
        } catch (JdbiException e) {
            throw SqlFailures.translate("read a user's email", e);
        }
    }

    @Override
    public boolean delete(String subject) {
        Objects.requireNonNull(subject, "subject");
        try {
            return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM users WHERE subject = :subject")
                    .bind("subject", subject.getBytes(StandardCharsets.UTF_8)).execute()) == 1;
        } catch (JdbiException e) {
            throw SqlFailures.translate("delete a user", e);
        }
    }
}
