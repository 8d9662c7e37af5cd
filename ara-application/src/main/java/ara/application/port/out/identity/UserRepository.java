package ara.application.port.out.identity;

import ara.domain.identity.UserIdentity;

import ara.domain.audit.OwnerId;
import ara.domain.identity.EmailAddress;

import java.time.Instant;
import java.util.Optional;

/** Outbound port: the users ARA has seen (a row per subject, created on first sight). Thread-safe. */
public interface UserRepository {

    /** Creates the user on first sight, else updates its email and last-seen time. */
    void recordSighting(UserIdentity user, Instant now);

    /** The email the user was last seen with (the token's {@code email} claim), if any: where their mail goes. */
    Optional<EmailAddress> emailOf(OwnerId user);

    /**
     * Forgets the user with this subject (the account's row with its email).
     *
     * @return whether there was one
     */
    boolean delete(String subject);
}
