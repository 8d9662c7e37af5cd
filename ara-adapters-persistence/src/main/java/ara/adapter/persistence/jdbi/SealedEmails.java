package ara.adapter.persistence.jdbi;

import ara.atrest.seal.Emails;
import ara.atrest.seal.KeyedHash;
import ara.atrest.seal.PersonalDataCipher;
import ara.domain.identity.EmailAddress;

import java.util.Objects;

/**
 * Email addresses as the tables keep them: sealed (AES-256-GCM) for reading back, and a keyed hash for look-ups;
 * never in clear. Thread-safe.
 */
final class SealedEmails {
    private final PersonalDataCipher cipher;
    private final KeyedHash hash;

    SealedEmails(PersonalDataCipher cipher, KeyedHash hash) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.hash = Objects.requireNonNull(hash, "hash");
    }

    String seal(EmailAddress email) {
        return email == null ? null : cipher.seal(email.value());
    }

    String hash(EmailAddress email) {
        return email == null ? null : hash.hash(Emails.normalise(email.value()));
    }

    String hash(String email) {
        return email == null ? null : hash.hash(Emails.normalise(email));
    }

    EmailAddress open(String sealed) {
        return sealed == null ? null : new EmailAddress(cipher.open(sealed));
    }
}
